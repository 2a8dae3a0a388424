package org.clinicchat.chat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A message a patient sends. */
public record MessageRequest(
    @NotBlank(message = "text must not be empty.")
        @Size(
            max = Message.MAX_TEXT_LENGTH,
            message = "text must be at most " + Message.MAX_TEXT_LENGTH + " characters.")
        String text) {}

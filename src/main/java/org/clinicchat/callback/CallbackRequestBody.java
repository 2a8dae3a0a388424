package org.clinicchat.callback;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of a call-back request.
 *
 * @param phone the phone number as typed; the service validates and normalises it to E.164
 * @param preferredTime {@code MORNING}, {@code AFTERNOON} or {@code ANY}; missing means ANY
 */
public record CallbackRequestBody(
    @NotBlank(message = "phone is required.")
        @Size(max = 40, message = "phone must be at most 40 characters.")
        String phone,
    @Size(max = 12, message = "preferredTime must be MORNING, AFTERNOON or ANY.")
        String preferredTime) {}

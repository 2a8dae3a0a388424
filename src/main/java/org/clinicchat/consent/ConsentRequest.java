package org.clinicchat.consent;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A visitor's agreement to a notice version for a purpose. */
public record ConsentRequest(
    @NotNull(message = "noticeVersion is required.")
        @Pattern(
            regexp = NoticeDocument.VERSION_PATTERN,
            message = "noticeVersion must be the version of the notice shown.")
        String noticeVersion,
    @NotNull(message = "purpose is required.") Purpose purpose) {}

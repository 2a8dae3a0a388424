package org.clinicchat.appointment;

import java.time.Instant;

/**
 * An identity check whose code was confirmed: its id now lets the visitor book, reschedule and
 * cancel until {@code expiresAt}.
 */
public record ConfirmedCheck(String id, Instant expiresAt) {}

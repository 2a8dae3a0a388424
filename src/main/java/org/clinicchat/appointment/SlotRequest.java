package org.clinicchat.appointment;

import java.time.Instant;

/**
 * The slot to book, as a patient or staff member requests it: a provider, a visit type and a start,
 * not yet checked against the schedule.
 */
public record SlotRequest(String providerId, String visitTypeId, Instant start) {}

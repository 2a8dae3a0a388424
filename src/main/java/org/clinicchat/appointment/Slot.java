package org.clinicchat.appointment;

import java.time.Instant;

/**
 * A time a provider can see a patient for one visit type: UTC instants, start inclusive and end
 * exclusive.
 */
public record Slot(String providerId, String visitTypeId, Instant start, Instant end) {}

package org.clinicchat.appointment;

import java.time.Instant;

/**
 * A booked appointment as the staff calendar shows it. The patient's name and the reason for the
 * visit are PHI and never logged.
 *
 * @param reference the appointment's reference, which staff quote to cancel it
 * @param provider the provider's name
 * @param start the UTC start
 * @param startText the start in the clinic's zone, with the zone named
 * @param visitType the visit type's name
 * @param location the location's name
 * @param patientName the patient's name, or a placeholder when the patient was erased
 * @param reason the reason for the visit, or null in the calendar without reasons
 */
public record CalendarEntry(
    String reference,
    String provider,
    Instant start,
    String startText,
    String visitType,
    String location,
    String patientName,
    String reason) {}

package org.clinicchat.appointment;

import java.time.Instant;
import org.clinicchat.audit.AuditedResult;

/**
 * An appointment as its patient sees it, without the reason for the visit.
 *
 * @param reference the short reference the patient quotes to change or cancel it
 * @param status {@code BOOKED} or {@code CANCELLED}
 * @param start the UTC start
 * @param end the UTC end
 * @param startText the start in the clinic's zone, with the zone named
 * @param visitType the visit type's name
 * @param provider the provider's name
 * @param location the location's name
 * @param address the location's street address
 * @param appointmentId the row id, for the audit trail only
 */
public record BookedAppointment(
    String reference,
    AppointmentStatus status,
    Instant start,
    Instant end,
    String startText,
    String visitType,
    String provider,
    String location,
    String address,
    String appointmentId)
    implements AuditedResult {

  @Override
  public String auditedResourceId() {
    return appointmentId;
  }
}

package org.clinicchat.appointment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.clinicchat.audit.AccessPurpose;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.Audited;
import org.clinicchat.audit.AuditedResource;
import org.clinicchat.patient.PatientIdentities;
import org.clinicchat.security.Roles;

/**
 * The staff side of appointments: the calendar of booked appointments, and booking and cancelling
 * on a patient's behalf. Which roles see the reason for the visit is decided here by the
 * container's role checks on two methods, so the front desk gets the minimum necessary: names and
 * times, never reasons. Every view is one audit event for the range, besides the per-patient events
 * of the name reads.
 */
@ApplicationScoped
public class StaffCalendar {

  private static final String CALENDAR = "AppointmentCalendar";

  @Inject CalendarEntries entries;

  @Inject Bookings bookings;

  @Inject AppointmentConfirmations confirmations;

  @Inject ClinicSchedules schedules;

  @Inject PatientIdentities patientIdentities;

  /** Returns the clinic's zone, in which calendar days start and end. */
  @RolesAllowed({Roles.FRONT_DESK, Roles.CLINICIAN, Roles.ADMIN})
  public ZoneId zone() {
    return schedules.zone();
  }

  /** Returns the booked appointments of the range with patient names, without reasons. */
  @RolesAllowed({Roles.FRONT_DESK, Roles.CLINICIAN, Roles.ADMIN})
  @Audited(
      value = AuditAction.APPOINTMENT_CALENDAR_VIEWED,
      resourceType = CALENDAR,
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public List<CalendarEntry> appointments(@AuditedResource CalendarRange range) {
    return entries.withoutReasons(range);
  }

  /** Returns the booked appointments of the range with patient names and reasons for the visit. */
  @RolesAllowed({Roles.CLINICIAN, Roles.ADMIN})
  @Audited(
      value = AuditAction.APPOINTMENT_CALENDAR_VIEWED_WITH_REASONS,
      resourceType = CALENDAR,
      purpose = AccessPurpose.TREATMENT)
  public List<CalendarEntry> appointmentsWithReasons(@AuditedResource CalendarRange range) {
    return entries.withReasons(range);
  }

  /**
   * Cancels a booked appointment on the patient's behalf, frees its slot and emails the patient the
   * cancellation, as the patient's own cancellation does; see {@link Bookings#cancelForPatient}.
   */
  @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
  @Audited(
      value = AuditAction.APPOINTMENT_CANCELLED,
      resourceType = "Appointment",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public BookedAppointment cancelForPatient(String reference) {
    StaffCancellation cancelled = bookings.cancelForPatient(reference);
    confirmations.send(
        cancelled.patientId(), cancelled.appointment(), AppointmentConfirmations.Change.CANCELLED);
    return cancelled.appointment();
  }

  /**
   * Books a slot on the behalf of a patient whom the front desk identified by email address or
   * phone number, name and date of birth, and emails the patient the confirmation, as the patient's
   * own booking does; see {@link Bookings#bookForPatient}.
   *
   * @throws InvalidAppointmentRequestException if no patient matches the details
   */
  @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
  @Audited(
      value = AuditAction.APPOINTMENT_BOOKED,
      resourceType = "Appointment",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public BookedAppointment bookForPatient(
      PatientDetails patient, SlotRequest requested, String reason) {
    String patientId =
        patientIdentities
            .verify(patient.contact(), patient.name(), patient.dateOfBirth())
            .orElseThrow(
                () ->
                    new InvalidAppointmentRequestException(
                        "No patient matches this contact, name and date of birth. Check them"
                            + " with the patient."));
    BookedAppointment booked = bookings.bookForPatient(patientId, requested, reason);
    confirmations.send(patientId, booked, AppointmentConfirmations.Change.BOOKED);
    return booked;
  }

  /**
   * The details by which staff identify a patient on the phone.
   *
   * @param contact the email address or phone number the patient registered
   * @param name the patient's name
   * @param dateOfBirth the patient's date of birth
   */
  public record PatientDetails(String contact, String name, LocalDate dateOfBirth) {}
}

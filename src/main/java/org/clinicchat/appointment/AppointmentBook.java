package org.clinicchat.appointment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.clinicchat.audit.AccessPurpose;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.Audited;
import org.clinicchat.consent.ConsentRequired;
import org.clinicchat.safety.Language;
import org.clinicchat.security.Roles;

/**
 * Books, reschedules and cancels appointments for a patient verified by a confirmed {@link
 * IdentityCheck}. Every call needs the patient role and consent, and is audited after its
 * transaction ends, so an event of success means the change was committed. Each committed change is
 * confirmed to the patient by email, in the language given. The work is done by {@link Bookings};
 * its exceptions pass through.
 */
@ApplicationScoped
@RolesAllowed(Roles.PATIENT)
public class AppointmentBook {

  /** Maximum length of the reason for a visit, in characters. */
  public static final int MAX_REASON_LENGTH = 500;

  private static final String RESOURCE_TYPE = "Appointment";

  @Inject Bookings bookings;

  @Inject IdentityChecks identityChecks;

  @Inject AppointmentConfirmations confirmations;

  /** Books a slot for the verified patient; see {@link Bookings#book}. */
  @Audited(
      value = AuditAction.APPOINTMENT_BOOKED,
      resourceType = RESOURCE_TYPE,
      purpose = AccessPurpose.PATIENT_REQUEST)
  @ConsentRequired
  public BookedAppointment book(
      String checkId, SlotRequest requested, String reason, Language language) {
    BookedAppointment booked = bookings.book(checkId, requested, reason, language);
    confirm(checkId, booked, AppointmentConfirmations.Change.BOOKED, language);
    return booked;
  }

  /** Moves the verified patient's appointment; see {@link Bookings#reschedule}. */
  @Audited(
      value = AuditAction.APPOINTMENT_RESCHEDULED,
      resourceType = RESOURCE_TYPE,
      purpose = AccessPurpose.PATIENT_REQUEST)
  @ConsentRequired
  public BookedAppointment reschedule(
      String checkId, String reference, Instant start, Language language) {
    BookedAppointment moved = bookings.reschedule(checkId, reference, start, language);
    confirm(checkId, moved, AppointmentConfirmations.Change.RESCHEDULED, language);
    return moved;
  }

  /** Cancels the verified patient's appointment; see {@link Bookings#cancel}. */
  @Audited(
      value = AuditAction.APPOINTMENT_CANCELLED,
      resourceType = RESOURCE_TYPE,
      purpose = AccessPurpose.PATIENT_REQUEST)
  @ConsentRequired
  public BookedAppointment cancel(String checkId, String reference, Language language) {
    BookedAppointment cancelled = bookings.cancel(checkId, reference);
    confirm(checkId, cancelled, AppointmentConfirmations.Change.CANCELLED, language);
    return cancelled;
  }

  /** Returns the verified patient's upcoming appointments; see {@link Bookings#upcoming}. */
  @Audited(
      value = AuditAction.APPOINTMENTS_READ,
      resourceType = RESOURCE_TYPE,
      purpose = AccessPurpose.PATIENT_REQUEST)
  @ConsentRequired
  public List<BookedAppointment> upcoming(String checkId) {
    return bookings.upcoming(checkId);
  }

  /**
   * Emails the committed change to the patient in a language; see {@link AppointmentConfirmations}.
   */
  private void confirm(
      String checkId,
      BookedAppointment appointment,
      AppointmentConfirmations.Change change,
      Language language) {
    confirmations.send(identityChecks.verifiedPatient(checkId), appointment, change, language);
  }
}

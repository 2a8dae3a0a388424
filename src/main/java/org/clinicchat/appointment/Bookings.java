package org.clinicchat.appointment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.clinicchat.crypto.FieldEncryption;
import org.clinicchat.safety.Language;

/**
 * The transactions behind {@link AppointmentBook}: each method runs in a transaction of its own,
 * which has committed and released its database connection before the caller's audit event is
 * written, so a burst of bookings holds at most one connection per request.
 *
 * <p>A slot is held by one {@link SlotClaim} row per grid step, whose unique constraint on provider
 * and start makes the database reject a second holder, whichever server inserts it. The claims are
 * flushed inside the transaction, so a lost race surfaces here as {@link SlotUnavailableException}
 * and the whole transaction rolls back: nothing of the losing request is stored.
 *
 * <p>It is not an entry point: {@link AppointmentBook} checks the role and the consent, and {@link
 * IdentityChecks#verifiedPatient} admits only the patient role.
 */
@ApplicationScoped
public class Bookings {

  private static final Logger LOG = Logger.getLogger(Bookings.class.getName());

  @PersistenceContext EntityManager entityManager;

  @Inject ClinicSchedules schedules;

  @Inject IdentityChecks identityChecks;

  @Inject SlotOffers slotOffers;

  @Inject FieldEncryption fieldEncryption;

  private final Clock clock = Clock.systemUTC();

  /**
   * Books a slot for the verified patient.
   *
   * @throws IdentityNotVerifiedException without a confirmed identity check
   * @throws InvalidAppointmentRequestException for an unknown provider or visit type, a start that
   *     is no slot, or a missing or overlong reason
   * @throws SlotUnavailableException if another patient has booked the slot or part of it
   */
  @Transactional
  public BookedAppointment book(
      String checkId, SlotRequest requested, String reason, Language language) {
    String patientId = identityChecks.verifiedPatient(checkId);
    return bookFor(patientId, requested, reason, language);
  }

  /**
   * Books a slot on a patient's behalf, for staff who verified the patient themselves.
   *
   * @throws InvalidAppointmentRequestException for an unknown provider or visit type, a start that
   *     is no slot, or a missing or overlong reason
   * @throws SlotUnavailableException if another patient has booked the slot or part of it
   */
  @Transactional
  public BookedAppointment bookForPatient(String patientId, SlotRequest requested, String reason) {
    return bookFor(patientId, requested, reason, Language.ENGLISH);
  }

  private BookedAppointment bookFor(
      String patientId, SlotRequest requested, String reason, Language language) {
    String checkedReason = requireReason(reason);
    ClinicSchedule schedule = schedules.current();
    Provider provider = SlotOffers.provider(schedule, requested.providerId());
    VisitType type = SlotOffers.visitType(schedule, requested.visitTypeId());
    Instant now = Instant.now(clock);
    Slot slot =
        SlotRules.require(schedule, schedules.zone(), provider, type, requested.start(), now);

    if (!slotOffers.isFree(slot)) {
      throw new SlotUnavailableException(slot);
    }
    Appointment appointment =
        new Appointment(
            References.next(),
            patientId,
            slot,
            provider.locationId(),
            checkedReason,
            now,
            fieldEncryption.sealerFor(patientId));
    appointment.writtenIn(language);
    entityManager.persist(appointment);
    claim(schedule, appointment, slot);
    LOG.info(() -> "Appointment " + appointment.getId() + " booked");
    return view(schedule, appointment);
  }

  /**
   * Moves the verified patient's appointment to another start with the same provider and visit
   * type.
   *
   * @throws AppointmentNotFoundException if the reference is not a booked appointment of the
   *     patient
   * @throws InvalidAppointmentRequestException if the new start is no slot or the visit has passed
   * @throws SlotUnavailableException if another patient has booked the new slot or part of it
   */
  @Transactional
  public BookedAppointment reschedule(
      String checkId, String reference, Instant start, Language language) {
    String patientId = identityChecks.verifiedPatient(checkId);
    Appointment appointment = ownBooked(patientId, reference);
    ClinicSchedule schedule = schedules.current();
    Instant now = Instant.now(clock);
    requireUpcoming(appointment, now);
    Provider provider = SlotOffers.provider(schedule, appointment.getProviderId());
    VisitType type = SlotOffers.visitType(schedule, appointment.getVisitTypeId());
    Slot slot = SlotRules.require(schedule, schedules.zone(), provider, type, start, now);

    release(appointment);
    appointment.moveTo(slot, provider.locationId(), now);
    appointment.writtenIn(language);
    claim(schedule, appointment, slot);
    LOG.info(() -> "Appointment " + appointment.getId() + " rescheduled");
    return view(schedule, appointment);
  }

  /**
   * Cancels the verified patient's appointment and frees its slot.
   *
   * @throws AppointmentNotFoundException if the reference is not a booked appointment of the
   *     patient
   * @throws InvalidAppointmentRequestException if the visit has started or passed
   */
  @Transactional
  public BookedAppointment cancel(String checkId, String reference) {
    String patientId = identityChecks.verifiedPatient(checkId);
    return cancel(ownBooked(patientId, reference));
  }

  /**
   * Cancels a booked appointment on its patient's behalf, for staff, and frees its slot.
   *
   * @throws AppointmentNotFoundException if the reference is not a booked appointment
   * @throws InvalidAppointmentRequestException if the visit has started or passed
   */
  @Transactional
  public StaffCancellation cancelForPatient(String reference) {
    List<Appointment> found = lockBooked(reference, null);
    if (found.isEmpty()) {
      throw new AppointmentNotFoundException("No booked appointment has this reference.");
    }
    Appointment appointment = found.getFirst();
    return new StaffCancellation(appointment.getPatientId(), cancel(appointment));
  }

  private BookedAppointment cancel(Appointment appointment) {
    Instant now = Instant.now(clock);
    requireUpcoming(appointment, now);

    release(appointment);
    appointment.cancel(now);
    LOG.info(() -> "Appointment " + appointment.getId() + " cancelled");
    return view(schedules.current(), appointment);
  }

  /**
   * Returns the verified patient's booked appointments that have not ended, soonest first.
   *
   * @throws IdentityNotVerifiedException without a confirmed identity check
   */
  @Transactional
  public List<BookedAppointment> upcoming(String checkId) {
    String patientId = identityChecks.verifiedPatient(checkId);
    ClinicSchedule schedule = schedules.current();
    return entityManager
        .createQuery(
            "SELECT a FROM Appointment a WHERE a.patientId = :patient AND a.status = :booked"
                + " AND a.endsAt > :now ORDER BY a.startsAt",
            Appointment.class)
        .setParameter("patient", patientId)
        .setParameter("booked", AppointmentStatus.BOOKED)
        .setParameter("now", Instant.now(clock))
        .getResultList()
        .stream()
        .map(appointment -> view(schedule, appointment))
        .toList();
  }

  /** Inserts one claim per grid step and flushes, so that a lost race fails here. */
  private void claim(ClinicSchedule schedule, Appointment appointment, Slot slot) {
    for (Instant step : new SlotGenerator(schedule, schedules.zone()).steps(slot)) {
      entityManager.persist(new SlotClaim(slot.providerId(), step, appointment.getId()));
    }
    try {
      entityManager.flush();
    } catch (PersistenceException e) {
      // The unique constraint on provider and step rejected a claim, so another patient booked it.
      LOG.fine(() -> "Slot claim of appointment " + appointment.getId() + " lost a race");
      throw new SlotUnavailableException(slot);
    }
  }

  private void release(Appointment appointment) {
    entityManager
        .createQuery("DELETE FROM SlotClaim c WHERE c.appointmentId = :id")
        .setParameter("id", appointment.getId())
        .executeUpdate();
  }

  private Appointment ownBooked(String patientId, String reference) {
    List<Appointment> found = lockBooked(reference, patientId);
    if (found.isEmpty()) {
      throw new AppointmentNotFoundException(
          "You have no booked appointment with this reference. Check the reference in your"
              + " confirmation.");
    }
    return found.getFirst();
  }

  /** Locks the booked appointment with the reference, of the patient unless it is null. */
  private List<Appointment> lockBooked(String reference, String patientId) {
    String normalised = reference == null ? null : reference.strip().toUpperCase(Locale.ROOT);
    if (!References.isWellFormed(normalised)) {
      return List.of();
    }
    TypedQuery<Appointment> query =
        entityManager
            .createQuery(
                "SELECT a FROM Appointment a WHERE a.reference = :reference"
                    + " AND a.status = :booked"
                    + (patientId == null ? "" : " AND a.patientId = :patient"),
                Appointment.class)
            .setParameter("reference", normalised)
            .setParameter("booked", AppointmentStatus.BOOKED)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE);
    if (patientId != null) {
      query.setParameter("patient", patientId);
    }
    return query.getResultList();
  }

  private static void requireUpcoming(Appointment appointment, Instant now) {
    if (!appointment.getStartsAt().isAfter(now)) {
      throw new InvalidAppointmentRequestException(
          "This appointment has started or passed and can no longer be changed.");
    }
  }

  private static String requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidAppointmentRequestException("Say briefly what the visit is for.");
    }
    if (reason.length() > AppointmentBook.MAX_REASON_LENGTH) {
      throw new InvalidAppointmentRequestException(
          "The reason is longer than " + AppointmentBook.MAX_REASON_LENGTH + " characters.");
    }
    return reason.strip();
  }

  /**
   * Emails the reminder of an appointment that is still booked, in the language of the patient's
   * latest booking or change.
   */
  @Transactional
  void remind(String appointmentId, AppointmentConfirmations confirmations) {
    Appointment appointment = entityManager.find(Appointment.class, appointmentId);
    if (appointment == null || appointment.getStatus() != AppointmentStatus.BOOKED) {
      return;
    }
    confirmations.send(
        appointment.getPatientId(),
        view(schedules.current(), appointment),
        AppointmentConfirmations.Change.REMINDER,
        appointment.language());
  }

  private BookedAppointment view(ClinicSchedule schedule, Appointment appointment) {
    ZoneId zone = schedules.zone();
    Slot slot = appointment.slot();
    Provider provider = schedule.provider(slot.providerId()).orElseThrow();
    Location location = schedule.location(appointment.getLocationId()).orElseThrow();
    VisitType type = schedule.visitType(slot.visitTypeId()).orElseThrow();
    return new BookedAppointment(
        appointment.getReference(),
        appointment.getStatus(),
        slot.start(),
        slot.end(),
        SlotText.start(slot.start(), zone, Language.ENGLISH),
        type.name(),
        provider.name(),
        location.name(),
        location.address(),
        appointment.getId());
  }
}

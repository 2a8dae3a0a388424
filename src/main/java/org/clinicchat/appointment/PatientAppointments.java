package org.clinicchat.appointment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clinicchat.crypto.FieldEncryption;
import org.clinicchat.safety.Language;

/**
 * Reads a patient's appointments, with the reasons for the visits, for a copy the patient is
 * entitled to under the right of access. A visitor's appointments are those of the patient
 * identities that the visitor confirmed with an emailed code. It is not an entry point: the caller
 * checks the caller's role and audits the copy.
 */
@ApplicationScoped
public class PatientAppointments {

  private static final Logger LOG = Logger.getLogger(PatientAppointments.class.getName());
  static final String UNREADABLE = "Not readable: the patient's data was erased";

  @PersistenceContext EntityManager entityManager;

  @Inject ClinicSchedules schedules;

  @Inject FieldEncryption fieldEncryption;

  /** Returns the appointments of the patients the visitors confirmed, booked or cancelled. */
  @Transactional
  public List<AppointmentCopy> ofVisitors(Collection<String> visitors) {
    if (visitors.isEmpty()) {
      return List.of();
    }
    List<String> patients =
        entityManager
            .createQuery(
                "SELECT DISTINCT c.patientId FROM IdentityCheck c WHERE c.visitor IN :visitors"
                    + " AND c.patientId IS NOT NULL",
                String.class)
            .setParameter("visitors", visitors)
            .getResultList();
    return ofPatients(patients);
  }

  /** Returns the appointments of one patient identity, booked or cancelled, oldest first. */
  @Transactional
  public List<AppointmentCopy> ofPatient(String patientId) {
    return ofPatients(List.of(patientId));
  }

  /** Returns the visitor pseudonyms that confirmed the patient identity with an emailed code. */
  @Transactional
  public List<String> visitorsOf(String patientId) {
    return entityManager
        .createQuery(
            "SELECT DISTINCT c.visitor FROM IdentityCheck c WHERE c.patientId = :patient",
            String.class)
        .setParameter("patient", patientId)
        .getResultList();
  }

  private List<AppointmentCopy> ofPatients(List<String> patients) {
    if (patients.isEmpty()) {
      return List.of();
    }
    ClinicSchedule schedule = schedules.current();
    ZoneId zone = schedules.zone();
    return entityManager
        .createQuery(
            "SELECT a FROM Appointment a WHERE a.patientId IN :patients ORDER BY a.startsAt",
            Appointment.class)
        .setParameter("patients", patients)
        .getResultList()
        .stream()
        .map(appointment -> copyOf(appointment, schedule, zone))
        .toList();
  }

  private AppointmentCopy copyOf(Appointment appointment, ClinicSchedule schedule, ZoneId zone) {
    return new AppointmentCopy(
        appointment.getReference(),
        appointment.getStartsAt(),
        SlotText.start(appointment.getStartsAt(), zone, Language.ENGLISH),
        nameOr(schedule.provider(appointment.getProviderId()).map(Provider::name), appointment),
        nameOr(schedule.visitType(appointment.getVisitTypeId()).map(VisitType::name), appointment),
        nameOr(schedule.location(appointment.getLocationId()).map(Location::name), appointment),
        appointment.getStatus().name(),
        reason(appointment));
  }

  private static String nameOr(Optional<String> name, Appointment appointment) {
    return name.orElse(
        "No longer in the schedule (appointment " + appointment.getReference() + ")");
  }

  private String reason(Appointment appointment) {
    return readableReason(appointment, fieldEncryption);
  }

  /** Decrypts the reason for a visit, or returns a placeholder when the patient was erased. */
  static String readableReason(Appointment appointment, FieldEncryption fieldEncryption) {
    try {
      return appointment.reason(fieldEncryption.openerFor(appointment.getPatientId()));
    } catch (RuntimeException e) {
      // Erasing the patient destroys the data key that the reason is encrypted under.
      LOG.log(Level.WARNING, e, () -> "No readable reason for appointment " + appointment.getId());
      return UNREADABLE;
    }
  }

  /**
   * One appointment in a patient's copy.
   *
   * @param reference the appointment's reference
   * @param start the UTC start
   * @param startText the start in the clinic's zone, with the zone named
   * @param provider the provider's name
   * @param visitType the visit type's name
   * @param location the location's name
   * @param status {@code BOOKED} or {@code CANCELLED}
   * @param reason the reason for the visit, or a placeholder when it was erased
   */
  public record AppointmentCopy(
      String reference,
      Instant start,
      String startText,
      String provider,
      String visitType,
      String location,
      String status,
      String reason) {

    /** Returns the appointment as lines of a plain-text copy. */
    public String plainText() {
      return String.join(
              "\n",
              "Appointment " + reference + " (" + status.toLowerCase(Locale.ROOT) + ")",
              "  When: " + startText,
              "  With: " + provider + ", " + visitType,
              "  Where: " + location,
              "  Reason for the visit: " + reason)
          + "\n";
    }
  }
}

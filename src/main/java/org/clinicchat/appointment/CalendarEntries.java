package org.clinicchat.appointment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clinicchat.crypto.FieldEncryption;
import org.clinicchat.patient.PatientIdentities;
import org.clinicchat.safety.Language;

/**
 * Reads the booked appointments of a calendar range for {@link StaffCalendar}, sorted by provider
 * and start. Each patient's name is read once per call through {@link PatientIdentities#find},
 * which audits that read per patient. It is not an entry point: {@link StaffCalendar} checks the
 * role and audits the view.
 */
@ApplicationScoped
public class CalendarEntries {

  private static final Logger LOG = Logger.getLogger(CalendarEntries.class.getName());

  @PersistenceContext EntityManager entityManager;

  @Inject ClinicSchedules schedules;

  @Inject PatientIdentities patientIdentities;

  @Inject FieldEncryption fieldEncryption;

  /** Returns the appointments without the reason for the visit. */
  @Transactional
  public List<CalendarEntry> withoutReasons(CalendarRange range) {
    return read(range, appointment -> null);
  }

  /** Returns the appointments with the decrypted reason for the visit. */
  @Transactional
  public List<CalendarEntry> withReasons(CalendarRange range) {
    return read(range, this::reason);
  }

  private List<CalendarEntry> read(CalendarRange range, Function<Appointment, String> reasonOf) {
    ClinicSchedule schedule = schedules.current();
    ZoneId zone = schedules.zone();
    Map<String, String> names = new HashMap<>();
    return booked(range).stream()
        .map(
            appointment ->
                new CalendarEntry(
                    appointment.getReference(),
                    schedule
                        .provider(appointment.getProviderId())
                        .map(Provider::name)
                        .orElseThrow(),
                    appointment.getStartsAt(),
                    SlotText.start(appointment.getStartsAt(), zone, Language.ENGLISH),
                    schedule
                        .visitType(appointment.getVisitTypeId())
                        .map(VisitType::name)
                        .orElseThrow(),
                    schedule
                        .location(appointment.getLocationId())
                        .map(Location::name)
                        .orElseThrow(),
                    names.computeIfAbsent(appointment.getPatientId(), this::patientName),
                    reasonOf.apply(appointment)))
        .sorted(Comparator.comparing(CalendarEntry::provider).thenComparing(CalendarEntry::start))
        .toList();
  }

  private List<Appointment> booked(CalendarRange range) {
    return entityManager
        .createQuery(
            "SELECT a FROM Appointment a WHERE a.status = :booked AND a.startsAt >= :start"
                + " AND a.startsAt < :end",
            Appointment.class)
        .setParameter("booked", AppointmentStatus.BOOKED)
        .setParameter("start", range.startInstant())
        .setParameter("end", range.endInstant())
        .getResultList();
  }

  private String patientName(String patientId) {
    try {
      return patientIdentities.find(patientId).name().text();
    } catch (RuntimeException e) {
      // The identity was erased or cannot be read; the appointment still keeps its slot.
      LOG.log(Level.WARNING, e, () -> "No readable name for patient " + patientId);
      return PatientAppointments.UNREADABLE;
    }
  }

  private String reason(Appointment appointment) {
    return PatientAppointments.readableReason(appointment, fieldEncryption);
  }
}

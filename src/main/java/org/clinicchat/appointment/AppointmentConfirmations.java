package org.clinicchat.appointment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clinicchat.mail.MailAttachment;
import org.clinicchat.mail.MailDeliveryException;
import org.clinicchat.mail.Mailer;
import org.clinicchat.patient.PatientIdentities;
import org.clinicchat.patient.PatientIdentityView;
import org.clinicchat.safety.Language;

/**
 * Emails the patient a confirmation of a booked, moved or cancelled appointment, with an iCalendar
 * attachment: the date, time and zone, the place and the provider, never the reason for the visit.
 * The email address is read from the patient's identity, which is an audited read. A failed send is
 * logged and does not undo the change, which the API response already reported.
 *
 * <p>The email is in the patient's language when the booking was made in the chat, else in English.
 * Names of visit types, providers and locations come from the schedule as written, in one language.
 */
@ApplicationScoped
public class AppointmentConfirmations {

  private static final Logger LOG = Logger.getLogger(AppointmentConfirmations.class.getName());

  @Inject PatientIdentities patientIdentities;

  @Inject Mailer mailer;

  @Inject ClinicSchedules schedules;

  private final Clock clock = Clock.systemUTC();

  /** The change an email confirms. */
  enum Change {
    BOOKED(
        "Appointment booked",
        "Your appointment is booked.",
        "Cita reservada",
        "Su cita está reservada."),
    RESCHEDULED(
        "Appointment moved", "Your appointment was moved.", "Cita cambiada", "Su cita se cambió."),
    CANCELLED(
        "Appointment cancelled",
        "Your appointment is cancelled.",
        "Cita cancelada",
        "Su cita está cancelada."),
    REMINDER(
        "Appointment reminder",
        "This is a reminder of your appointment.",
        "Recordatorio de cita",
        "Le recordamos su cita.");

    private final String subject;
    private final String opening;
    private final String spanishSubject;
    private final String spanishOpening;

    Change(String subject, String opening, String spanishSubject, String spanishOpening) {
      this.subject = subject;
      this.opening = opening;
      this.spanishSubject = spanishSubject;
      this.spanishOpening = spanishOpening;
    }

    String subject(Language language) {
      return language == Language.SPANISH ? spanishSubject : subject;
    }
  }

  /**
   * Sends the confirmation in English; see {@link #send(String, BookedAppointment, Change,
   * Language)}.
   */
  void send(String patientId, BookedAppointment appointment, Change change) {
    send(patientId, appointment, change, Language.ENGLISH);
  }

  /**
   * Sends the confirmation in a language to the patient's email address, if mail is on and they
   * gave one.
   */
  void send(String patientId, BookedAppointment appointment, Change change, Language language) {
    if (!mailer.isEnabled()) {
      return;
    }
    PatientIdentityView patient;
    try {
      patient = patientIdentities.find(patientId);
    } catch (RuntimeException e) {
      // The identity was erased or cannot be read, so no address is left; the change is kept.
      LOG.log(Level.WARNING, e, () -> "No address for appointment " + appointment.appointmentId());
      return;
    }
    if (patient.email() == null) {
      return;
    }
    Instant now = Instant.now(clock);
    String method =
        change == Change.CANCELLED ? AppointmentCalendar.CANCEL : AppointmentCalendar.PUBLISH;
    // Seconds since the epoch grow with every change, as SEQUENCE must.
    String ics = AppointmentCalendar.write(appointment, method, now.getEpochSecond(), now);
    try {
      mailer.send(
          List.of(patient.email().normalised()),
          change.subject(language) + " " + appointment.reference(),
          language == Language.SPANISH
              ? spanishText(appointment, change, schedules.zone())
              : text(appointment, change),
          new MailAttachment("appointment.ics", "text/calendar; method=" + method, ics));
    } catch (MailDeliveryException e) {
      LOG.warning(
          () ->
              "Confirmation of appointment "
                  + appointment.appointmentId()
                  + " not sent: "
                  + e.getMessage());
    }
  }

  static String text(BookedAppointment appointment, Change change) {
    return change.opening
        + "\n\nReference: "
        + appointment.reference()
        + "\nWhen: "
        + appointment.startText()
        + "\nWith: "
        + appointment.provider()
        + " ("
        + appointment.visitType()
        + ")\nWhere: "
        + appointment.location()
        + ", "
        + appointment.address()
        + "\n\nTo move or cancel it, quote the reference in the chat or call the front desk.\n";
  }

  /** Writes the Spanish text, with the start in Spanish and the clinic's zone named. */
  static String spanishText(BookedAppointment appointment, Change change, ZoneId zone) {
    return change.spanishOpening
        + "\n\nReferencia: "
        + appointment.reference()
        + "\nCuándo: "
        + SlotText.start(appointment.start(), zone, Language.SPANISH)
        + "\nCon: "
        + appointment.provider()
        + " ("
        + appointment.visitType()
        + ")\nDónde: "
        + appointment.location()
        + ", "
        + appointment.address()
        + "\n\nPara cambiarla o cancelarla, indique la referencia en el chat o llame a"
        + " recepción.\n";
  }
}

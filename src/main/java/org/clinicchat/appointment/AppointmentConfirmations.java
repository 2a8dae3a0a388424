package org.clinicchat.appointment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clinicchat.mail.MailAttachment;
import org.clinicchat.mail.MailDeliveryException;
import org.clinicchat.mail.Mailer;
import org.clinicchat.patient.PatientIdentities;
import org.clinicchat.patient.PatientIdentityView;

/**
 * Emails the patient a confirmation of a booked, moved or cancelled appointment, with an iCalendar
 * attachment: the date, time and zone, the place and the provider, never the reason for the visit.
 * The email address is read from the patient's identity, which is an audited read. A failed send is
 * logged and does not undo the change, which the API response already reported.
 *
 * <p>NOTE: the email is in English only; the one-time code email is in English and Spanish.
 */
@ApplicationScoped
public class AppointmentConfirmations {

  private static final Logger LOG = Logger.getLogger(AppointmentConfirmations.class.getName());

  @Inject PatientIdentities patientIdentities;

  @Inject Mailer mailer;

  private final Clock clock = Clock.systemUTC();

  /** The change an email confirms. */
  enum Change {
    BOOKED("Appointment booked", "Your appointment is booked."),
    RESCHEDULED("Appointment moved", "Your appointment was moved."),
    CANCELLED("Appointment cancelled", "Your appointment is cancelled.");

    private final String subject;
    private final String opening;

    Change(String subject, String opening) {
      this.subject = subject;
      this.opening = opening;
    }
  }

  /** Sends the confirmation to the patient's email address, if mail is on and they gave one. */
  void send(String patientId, BookedAppointment appointment, Change change) {
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
          change.subject + " " + appointment.reference(),
          text(appointment, change),
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
}

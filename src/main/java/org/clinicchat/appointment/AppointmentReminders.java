package org.clinicchat.appointment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Emails each patient a reminder of a booked appointment that starts within the lead time ({@code
 * clinicchat.appointment.reminder-lead}, 24 hours unless set), once. The reminder carries what the
 * confirmation carries: date, time and zone, place and provider, never the reason for the visit.
 *
 * <p>A reminder is claimed in a transaction of its own before it is sent, so that each is sent at
 * most once across servers. A send that fails after the claim is logged and not tried again.
 */
@ApplicationScoped
public class AppointmentReminders {

  private static final Logger LOG = Logger.getLogger(AppointmentReminders.class.getName());

  @PersistenceContext EntityManager entityManager;

  @Inject Bookings bookings;

  @Inject AppointmentConfirmations confirmations;

  @Inject ReminderClaims claims;

  @Inject
  @ConfigProperty(name = "clinicchat.appointment.reminder-lead", defaultValue = "PT24H")
  Duration lead;

  /**
   * Sends the reminders due at a time and returns how many it claimed.
   *
   * @param now the time to compute the window from; the schedule passes the current time
   */
  public int sendDue(Instant now) {
    int sent = 0;
    for (String appointmentId : due(now)) {
      if (claim(appointmentId, now)) {
        remind(appointmentId);
        sent++;
      }
    }
    return sent;
  }

  /** Returns the ids of booked appointments that start within the lead and have no reminder. */
  @Transactional
  public List<String> due(Instant now) {
    return entityManager
        .createQuery(
            "SELECT a.id FROM Appointment a WHERE a.status = :booked AND a.startsAt > :now"
                + " AND a.startsAt <= :until AND NOT EXISTS"
                + " (SELECT r FROM AppointmentReminder r WHERE r.appointmentId = a.id)"
                + " ORDER BY a.startsAt",
            String.class)
        .setParameter("booked", AppointmentStatus.BOOKED)
        .setParameter("now", now)
        .setParameter("until", now.plus(lead))
        .getResultList();
  }

  private boolean claim(String appointmentId, Instant now) {
    try {
      return claims.insert(appointmentId, now);
    } catch (RuntimeException e) {
      // Another server claimed it between the query and the insert.
      LOG.log(Level.FINE, e, () -> "Reminder of appointment " + appointmentId + " claimed twice");
      return false;
    }
  }

  private void remind(String appointmentId) {
    try {
      bookings.remind(appointmentId, confirmations);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, e, () -> "Reminder of appointment " + appointmentId + " was not sent");
    }
  }
}

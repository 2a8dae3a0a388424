package org.clinicchat.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clinicchat.mail.MailDeliveryException;
import org.clinicchat.mail.Mailer;

/**
 * Emails the alerts that no email announced yet, to the configured recipients. An alert is marked
 * sent only after the SMTP server accepted it, so a failed send is repeated by the next run, up to
 * {@link #MAX_ATTEMPTS} times. The pending rows stay locked while they are sent, so two servers do
 * not send the same alert.
 */
@ApplicationScoped
public class AlertNotifier {

  private static final Logger LOG = Logger.getLogger(AlertNotifier.class.getName());

  /** Sends per run; the SMTP timeouts bound how long the rows stay locked. */
  static final int BATCH_SIZE = 10;

  /** At one run a minute, an hour of retries; then the alert stays on the dashboard only. */
  static final int MAX_ATTEMPTS = 60;

  @PersistenceContext EntityManager entityManager;

  @Inject Mailer mailer;

  @Inject AlertSettings settings;

  private final AtomicBoolean loggedNoRecipients = new AtomicBoolean();

  private final Clock clock = Clock.systemUTC();

  /** Emails pending alerts and returns how many the SMTP server accepted. */
  @Transactional(TxType.REQUIRES_NEW)
  public int sendPending() {
    if (!mailer.isEnabled()) {
      return 0;
    }
    List<String> recipients = settings.recipients();
    if (recipients.isEmpty()) {
      if (!loggedNoRecipients.getAndSet(true)) {
        LOG.warning("Alert emails are off: clinicchat.alert.recipients names no address");
      }
      return 0;
    }

    // Ids first, then each row locked on its own: H2 rejects the FOR UPDATE with LIMIT that a
    // locking paged query would need.
    List<String> pending =
        entityManager
            .createQuery(
                "SELECT a.id FROM Alert a WHERE a.notifiedAt IS NULL"
                    + " AND a.notificationAttempts < :max ORDER BY a.raisedAt",
                String.class)
            .setParameter("max", MAX_ATTEMPTS)
            .setMaxResults(BATCH_SIZE)
            .getResultList();
    int sent = 0;
    for (String id : pending) {
      Alert alert = entityManager.find(Alert.class, id, LockModeType.PESSIMISTIC_WRITE);
      if (alert == null || alert.getNotifiedAt() != null) {
        // Another server sent it meanwhile.
        continue;
      }
      AlertEmail email = AlertEmail.of(alert, settings.dashboardUrl());
      try {
        mailer.send(recipients, email.subject(), email.text());
        alert.notified(Instant.now(clock));
        sent++;
      } catch (MailDeliveryException e) {
        alert.notificationFailed();
        LOG.log(
            Level.WARNING,
            "Email of alert "
                + alert.getId()
                + " failed (attempt "
                + alert.getNotificationAttempts()
                + " of "
                + MAX_ATTEMPTS
                + "); the next run tries again",
            e);
        // The server is likely down for the rest too: leave them for the next run.
        break;
      }
    }
    return sent;
  }
}

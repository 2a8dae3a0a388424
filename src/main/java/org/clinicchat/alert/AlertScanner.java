package org.clinicchat.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.clinicchat.audit.AuditEvent;

/**
 * Evaluates the monitoring rules on the audit events after the scan cursor, one batch per
 * transaction. The alerts of a batch and the cursor's advance commit together, so an event is
 * evaluated exactly once even across restarts. The cursor's row lock keeps concurrent scans, such
 * as a second server's or a manual run beside the scheduled one, from evaluating an event twice.
 */
@ApplicationScoped
public class AlertScanner {

  private static final Logger LOG = Logger.getLogger(AlertScanner.class.getName());

  static final int BATCH_SIZE = 500;

  @PersistenceContext EntityManager entityManager;

  @Inject AlertSettings settings;

  private final Clock clock = Clock.systemUTC();

  /** The result of one batch: the alerts it raised, and whether more events are waiting. */
  record Batch(int evaluated, int raised, long lastSequence) {}

  /**
   * Creates the cursor after the newest audit event if there is none yet, so monitoring starts with
   * the events recorded from now on instead of alerting on the whole history at once.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void ensureCursor() {
    if (entityManager.find(AlertScanCursor.class, AlertScanCursor.ID) != null) {
      return;
    }
    Long newest =
        entityManager
            .createQuery("SELECT MAX(e.sequence) FROM AuditEvent e", Long.class)
            .getSingleResult();
    long start = newest == null ? 0 : newest;
    entityManager.persist(new AlertScanCursor(start));
    LOG.info(() -> "Alert rules start with the audit events after sequence number " + start);
  }

  /** Evaluates the next batch of events after the cursor and advances the cursor past them. */
  @Transactional(TxType.REQUIRES_NEW)
  public Batch scanBatch() {
    AlertScanCursor cursor =
        entityManager.find(
            AlertScanCursor.class, AlertScanCursor.ID, LockModeType.PESSIMISTIC_WRITE);
    if (cursor == null) {
      throw new IllegalStateException("The alert scan cursor row is missing; restart to create it");
    }
    List<AuditEvent> events =
        entityManager
            .createQuery(
                "SELECT e FROM AuditEvent e WHERE e.sequence > :after ORDER BY e.sequence",
                AuditEvent.class)
            .setParameter("after", cursor.getLastSequence())
            .setMaxResults(BATCH_SIZE)
            .getResultList();
    if (events.isEmpty()) {
      return new Batch(0, 0, cursor.getLastSequence());
    }

    AlertRules rules = new AlertRules(settings.thresholds());
    EventHistory history = new JpaEventHistory(entityManager);
    Instant now = Instant.now(clock);
    int raised = 0;
    for (AuditEvent event : events) {
      for (Finding finding : rules.evaluate(observed(event), history)) {
        if (!repeats(finding, rules.quietPeriod(finding.rule()))) {
          Alert alert = new Alert(finding, now);
          entityManager.persist(alert);
          raised++;
          LOG.info(
              () ->
                  "Alert "
                      + alert.getId()
                      + " raised by rule "
                      + finding.rule()
                      + " at audit event "
                      + finding.sequence());
        }
      }
    }
    long last = events.getLast().getSequence();
    cursor.advanceTo(last);
    return new Batch(events.size(), raised, last);
  }

  /** Returns whether an alert of the same rule and subject fired within the quiet period. */
  private boolean repeats(Finding finding, Duration quietPeriod) {
    if (quietPeriod.isZero()) {
      return false;
    }
    // The query flushes the alerts this batch persisted, so they count as well.
    return entityManager
            .createQuery(
                "SELECT COUNT(a) FROM Alert a WHERE a.rule = :rule AND a.subject = :subject"
                    + " AND a.occurredAt > :since AND a.occurredAt <= :until",
                Long.class)
            .setParameter("rule", finding.rule())
            .setParameter("subject", finding.subject())
            .setParameter("since", finding.occurredAt().minus(quietPeriod))
            .setParameter("until", finding.occurredAt())
            .getSingleResult()
        > 0;
  }

  private static ObservedEvent observed(AuditEvent event) {
    return new ObservedEvent(
        event.getSequence(),
        event.getOccurredAt(),
        event.getActor(),
        event.getActorRole(),
        event.getAction(),
        event.getOutcome(),
        event.getClientAddress());
  }
}

package org.clinicchat.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.AuditOutcome;
import org.clinicchat.audit.AuditTrail;
import org.clinicchat.chat.TranscriptShredder;

/**
 * Applies the {@link RetentionRules}: finds the conversations whose transcripts have expired and
 * are under no legal hold, erases each by crypto-shredding, and leaves an audit event and an {@link
 * ErasureReceipt} per erasure.
 */
@ApplicationScoped
public class Retention {

  /** The rule name for a transcript kept its full period after the last message. */
  static final String TRANSCRIPT_RULE = "transcripts";

  /** The rule name for a transcript whose consent was revoked. */
  static final String REVOKED_CONSENT_RULE = "revoked-consent-transcripts";

  private static final int BATCH = 100;
  private static final Logger LOG = Logger.getLogger(Retention.class.getName());

  @PersistenceContext EntityManager entityManager;

  @Inject RetentionRules rules;

  @Inject TranscriptShredder shredder;

  @Inject AppointmentRetention appointmentRetention;

  @Inject AuditTrail auditTrail;

  private final Clock clock = Clock.systemUTC();

  /**
   * Erases every expired transcript, deletes every expired appointment, and returns how many
   * transcripts were erased.
   */
  public int run() {
    Instant now = Instant.now(clock);
    int erased = 0;
    for (String rule : List.of(TRANSCRIPT_RULE, REVOKED_CONSENT_RULE)) {
      List<String> due = due(rule, now, BATCH);
      while (!due.isEmpty()) {
        for (String conversationId : due) {
          erased += erase(conversationId, rule) ? 1 : 0;
        }
        due = due.size() < BATCH ? List.of() : due(rule, now, BATCH);
      }
    }
    int appointments = appointmentRetention.run(now);
    auditTrail.recordSystemEvent(AuditAction.RETENTION_RUN, "Retention", AuditOutcome.SUCCESS);
    int total = erased;
    LOG.info(
        () ->
            "Retention erased "
                + total
                + " expired transcript(s) and deleted "
                + appointments
                + " expired appointment(s)");
    return total;
  }

  /**
   * Returns up to {@code max} conversations that a rule makes due at the given time: expired, not
   * yet erased, and under no legal hold in force.
   */
  public List<String> due(String rule, Instant now, int max) {
    String expired =
        REVOKED_CONSENT_RULE.equals(rule)
            ? "EXISTS (SELECT k FROM Consent k WHERE k.id = c.consentId"
                + " AND k.revokedAt IS NOT NULL AND k.revokedAt < :cutoff)"
            : "COALESCE(c.lastMessageAt, c.startedAt) < :cutoff";
    Instant cutoff =
        RetentionRules.cutoff(
            now,
            REVOKED_CONSENT_RULE.equals(rule)
                ? rules.revokedConsentTranscripts()
                : rules.transcripts());
    return new ArrayList<>(
        entityManager
            .createQuery(
                "SELECT c.id FROM Conversation c WHERE "
                    + expired
                    + " AND NOT EXISTS (SELECT r FROM ErasureReceipt r"
                    + " WHERE r.conversationId = c.id)"
                    + " AND NOT EXISTS (SELECT h FROM LegalHold h"
                    + " WHERE h.conversationId = c.id AND h.releasedAt IS NULL)"
                    + " ORDER BY c.id",
                String.class)
            .setParameter("cutoff", cutoff)
            .setMaxResults(max)
            .getResultList());
  }

  /**
   * Erases one due conversation in a transaction of its own and returns whether it did. A
   * conversation that another server erased or a hold protected since it was found is skipped.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean erase(String conversationId, String rule) {
    if (entityManager.find(ErasureReceipt.class, conversationId) != null
        || isHeld(conversationId)) {
      return false;
    }
    shredder.shred(conversationId);
    entityManager.persist(new ErasureReceipt(conversationId, rule, Instant.now(clock)));
    entityManager.flush();
    auditTrail.recordSystemEvent(
        AuditAction.CONVERSATION_ERASED, "Conversation", conversationId, AuditOutcome.SUCCESS);
    return true;
  }

  private boolean isHeld(String conversationId) {
    return entityManager
            .createQuery(
                "SELECT COUNT(h) FROM LegalHold h"
                    + " WHERE h.conversationId = :id AND h.releasedAt IS NULL",
                Long.class)
            .setParameter("id", conversationId)
            .getSingleResult()
        > 0;
  }
}

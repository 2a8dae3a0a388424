package org.clinicchat.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.AuditOutcome;
import org.clinicchat.audit.AuditTrail;

/**
 * Deletes appointments kept their full period after the visit, with their slot claims, and leaves
 * an audit event and an {@link AppointmentErasureReceipt} per appointment. A legal hold on a
 * conversation also protects the appointments of every patient identity that the conversation's
 * visitor confirmed with an emailed code.
 */
@ApplicationScoped
public class AppointmentRetention {

  /** The rule name for an appointment kept its full period after it ended. */
  static final String RULE = "appointments";

  private static final int BATCH = 100;

  /** The appointments that ended before the cutoff and that no legal hold in force protects. */
  private static final String DUE =
      "SELECT a.id FROM Appointment a WHERE a.endsAt < :cutoff AND NOT EXISTS"
          + " (SELECT h FROM LegalHold h, Conversation c, IdentityCheck k"
          + " WHERE h.releasedAt IS NULL AND c.id = h.conversationId"
          + " AND k.visitor = c.visitor AND k.patientId = a.patientId)";

  @PersistenceContext EntityManager entityManager;

  @Inject RetentionRules rules;

  @Inject AuditTrail auditTrail;

  /** Deletes every expired appointment that no hold protects and returns how many it deleted. */
  public int run(Instant now) {
    int erased = 0;
    List<String> due = due(now, BATCH);
    while (!due.isEmpty()) {
      for (String appointmentId : due) {
        erased += erase(appointmentId, now) ? 1 : 0;
      }
      due = due.size() < BATCH ? List.of() : due(now, BATCH);
    }
    return erased;
  }

  /**
   * Returns up to {@code max} appointments that ended before the rule's cutoff and are not held.
   */
  public List<String> due(Instant now, int max) {
    return query(DUE + " ORDER BY a.id", now).setMaxResults(max).getResultList();
  }

  /**
   * Deletes one due appointment in a transaction of its own and returns whether it did. An
   * appointment that another server deleted, or that a hold protects since it was found, stays.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean erase(String appointmentId, Instant now) {
    if (query(DUE + " AND a.id = :id", now)
        .setParameter("id", appointmentId)
        .getResultList()
        .isEmpty()) {
      return false;
    }
    entityManager
        .createQuery("DELETE FROM SlotClaim c WHERE c.appointmentId = :id")
        .setParameter("id", appointmentId)
        .executeUpdate();
    int deleted =
        entityManager
            .createQuery("DELETE FROM Appointment a WHERE a.id = :id")
            .setParameter("id", appointmentId)
            .executeUpdate();
    if (deleted == 0) {
      return false;
    }
    entityManager.persist(new AppointmentErasureReceipt(appointmentId, RULE, now));
    auditTrail.recordSystemEvent(
        AuditAction.APPOINTMENT_ERASED, "Appointment", appointmentId, AuditOutcome.SUCCESS);
    return true;
  }

  private TypedQuery<String> query(String jpql, Instant now) {
    return entityManager
        .createQuery(jpql, String.class)
        .setParameter("cutoff", RetentionRules.cutoff(now, rules.appointments()));
  }
}

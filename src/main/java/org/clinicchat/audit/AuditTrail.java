package org.clinicchat.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Writes and reads audit events. */
@ApplicationScoped
public class AuditTrail {

  static final int MAX_PAGE_SIZE = 500;

  @PersistenceContext EntityManager entityManager;

  @Inject Actor actor;

  private final Clock clock = Clock.systemUTC();

  /**
   * Stores an event for the current caller in its own transaction, so that a failed call, whose
   * transaction rolls back, still leaves its event.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void record(
      AuditAction action, String resourceType, String resourceId, AuditOutcome outcome) {
    record(action, resourceType, resourceId, outcome, actor.name());
  }

  /** Stores an event like {@link #record}, naming an actor that the call itself established. */
  @Transactional(TxType.REQUIRES_NEW)
  public void record(
      AuditAction action,
      String resourceType,
      String resourceId,
      AuditOutcome outcome,
      String actorName) {
    entityManager.persist(
        new AuditEvent(
            Instant.now(clock),
            actorName,
            actor.role(),
            action,
            resourceType,
            resourceId,
            outcome));
  }

  /** Returns the newest events first, at most {@code limit} of them. */
  public List<AuditEvent> newest(int limit) {
    return entityManager
        .createQuery("SELECT e FROM AuditEvent e ORDER BY e.sequence DESC", AuditEvent.class)
        .setMaxResults(Math.min(limit, MAX_PAGE_SIZE))
        .getResultList();
  }

  /** Returns the events about one resource, oldest first. */
  public List<AuditEvent> forResource(String resourceId) {
    return entityManager
        .createQuery(
            "SELECT e FROM AuditEvent e WHERE e.resourceId = :id ORDER BY e.sequence",
            AuditEvent.class)
        .setParameter("id", resourceId)
        .getResultList();
  }
}

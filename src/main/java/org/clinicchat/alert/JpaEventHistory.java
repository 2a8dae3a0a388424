package org.clinicchat.alert;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.clinicchat.audit.AuditAction;

/** Counts stored audit events for the windowed rules; the occurred_at index serves the range. */
final class JpaEventHistory implements EventHistory {

  private final EntityManager entityManager;

  JpaEventHistory(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public long countByActor(
      AuditAction action, String actor, Instant from, Instant to, long throughSequence) {
    return count("e.actor", action, actor, from, to, throughSequence);
  }

  @Override
  public long countByAddress(
      AuditAction action, String address, Instant from, Instant to, long throughSequence) {
    return count("e.clientAddress", action, address, from, to, throughSequence);
  }

  private long count(
      String field, AuditAction action, String value, Instant from, Instant to, long through) {
    return entityManager
        .createQuery(
            "SELECT COUNT(e) FROM AuditEvent e WHERE e.action = :action AND "
                + field
                + " = :value AND e.occurredAt >= :from AND e.occurredAt <= :to"
                + " AND e.sequence <= :through",
            Long.class)
        .setParameter("action", action)
        .setParameter("value", value)
        .setParameter("from", from)
        .setParameter("to", to)
        .setParameter("through", through)
        .getSingleResult();
  }
}

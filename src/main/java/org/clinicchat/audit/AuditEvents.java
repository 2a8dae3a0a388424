package org.clinicchat.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.clinicchat.audit.chain.AuditRecord;

/**
 * Reads stored audit events: searches for the audit page and export, and the chain in sequence
 * order for verification. Large reads go page by page, so a long chain never sits in memory.
 */
@ApplicationScoped
public class AuditEvents {

  static final int PAGE_SIZE = 50;
  static final int BATCH_SIZE = 500;

  @PersistenceContext EntityManager entityManager;

  /** Returns a page of the events that match, newest first. */
  public AuditPage search(AuditQuery query, int pageNumber) {
    int page = Math.max(0, pageNumber);
    List<AuditEvent> found =
        matching(query, "DESC")
            .setFirstResult(page * PAGE_SIZE)
            .setMaxResults(PAGE_SIZE + 1)
            .getResultList();
    boolean hasNext = found.size() > PAGE_SIZE;
    return new AuditPage(hasNext ? found.subList(0, PAGE_SIZE) : found, page, hasNext);
  }

  /** Returns the events that match, oldest first, read in batches as the caller iterates. */
  public Iterator<AuditEvent> matchingOldestFirst(AuditQuery query) {
    return new Batches<>(
        after -> matching(query, "ASC", after).setMaxResults(BATCH_SIZE).getResultList(),
        AuditEvent::getSequence);
  }

  /** Returns the chained events from {@code first} to {@code last}, in order, read in batches. */
  public Iterator<AuditRecord> chain(long first, long last) {
    return new Batches<>(
        after ->
            entityManager
                .createQuery(
                    "SELECT e FROM AuditEvent e WHERE e.sequence > :after AND e.sequence <= :last"
                        + " ORDER BY e.sequence",
                    AuditEvent.class)
                .setParameter("after", Math.max(after, first - 1))
                .setParameter("last", last)
                .setMaxResults(BATCH_SIZE)
                .getResultList()
                .stream()
                .map(AuditEvent::toRecord)
                .toList(),
        AuditRecord::sequence);
  }

  private TypedQuery<AuditEvent> matching(AuditQuery query, String order) {
    return matching(query, order, null);
  }

  private TypedQuery<AuditEvent> matching(AuditQuery query, String order, Long after) {
    StringBuilder jpql = new StringBuilder("SELECT e FROM AuditEvent e WHERE 1 = 1");
    if (query.actor() != null) {
      jpql.append(" AND e.actor = :actor");
    }
    if (query.action() != null) {
      jpql.append(" AND e.action = :action");
    }
    if (query.resourceId() != null) {
      jpql.append(" AND e.resourceId = :resourceId");
    }
    if (query.from() != null) {
      jpql.append(" AND e.occurredAt >= :from");
    }
    if (query.to() != null) {
      jpql.append(" AND e.occurredAt <= :to");
    }
    if (after != null) {
      jpql.append(" AND e.sequence > :after");
    }
    jpql.append(" ORDER BY e.sequence ").append(order);

    TypedQuery<AuditEvent> typed = entityManager.createQuery(jpql.toString(), AuditEvent.class);
    if (query.actor() != null) {
      typed.setParameter("actor", query.actor());
    }
    if (query.action() != null) {
      typed.setParameter("action", query.action());
    }
    if (query.resourceId() != null) {
      typed.setParameter("resourceId", query.resourceId());
    }
    if (query.from() != null) {
      typed.setParameter("from", query.from());
    }
    if (query.to() != null) {
      typed.setParameter("to", query.to());
    }
    if (after != null) {
      typed.setParameter("after", after);
    }
    return typed;
  }

  /** Iterates over results read in batches, each starting after the last sequence number seen. */
  private static final class Batches<T> implements Iterator<T> {
    private final Function<Long, List<T>> nextBatch;
    private final Function<T, Long> sequence;
    private List<T> batch = new ArrayList<>();
    private int index;
    private long after;
    private boolean exhausted;

    Batches(Function<Long, List<T>> nextBatch, Function<T, Long> sequence) {
      this.nextBatch = nextBatch;
      this.sequence = sequence;
    }

    @Override
    public boolean hasNext() {
      if (index < batch.size()) {
        return true;
      }
      if (exhausted) {
        return false;
      }
      batch = nextBatch.apply(after);
      index = 0;
      exhausted = batch.size() < BATCH_SIZE;
      if (!batch.isEmpty()) {
        after = sequence.apply(batch.getLast());
      }
      return !batch.isEmpty();
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return batch.get(index++);
    }
  }
}

package org.clinicchat.appointment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;

/** Stores a schedule document as version 1, in a transaction of its own, when none is stored. */
@ApplicationScoped
public class FirstScheduleVersion {

  @PersistenceContext EntityManager entityManager;

  private final Clock clock = Clock.systemUTC();

  /** Returns whether it stored the document; false when a version already exists. */
  @Transactional(TxType.REQUIRES_NEW)
  public boolean storeIfNone(String json) {
    Long versions =
        entityManager
            .createQuery("SELECT COUNT(v) FROM ScheduleVersion v", Long.class)
            .getSingleResult();
    if (versions > 0) {
      return false;
    }
    entityManager.persist(new ScheduleVersion(1, json, Instant.now(clock)));
    return true;
  }
}

package org.clinicchat.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Creates an owner's data key in a transaction of its own, before {@link FieldEncryption} locks it.
 * In InnoDB a locking read of a missing row takes a gap lock. Two transactions that each lock a gap
 * and then insert into it deadlock, while a locking read of an existing row locks that row only.
 */
@ApplicationScoped
public class DataKeyCreation {

  @PersistenceContext EntityManager entityManager;

  @Inject FieldEncryption fieldEncryption;

  /**
   * Stores a new data key for the owner unless one exists. When another transaction stores one for
   * the same owner at the same time, the unique key on the owner rejects this insert and the
   * caller's transaction goes on with the other's key.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void createIfAbsent(String ownerId) {
    Long existing =
        entityManager
            .createQuery("SELECT COUNT(d) FROM DataKey d WHERE d.conversationId = :id", Long.class)
            .setParameter("id", ownerId)
            .getSingleResult();
    if (existing == 0) {
      entityManager.persist(fieldEncryption.newWrappedDataKey(ownerId));
      entityManager.flush();
    }
  }
}

package org.clinicchat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import org.clinicchat.crypto.FieldEncryption;
import org.clinicchat.crypto.KeyDependents;

/**
 * Finds message text still stored in the old {@code v1} format (encrypted directly under a keystore
 * key, with no data key and no row binding) and re-encrypts it in format {@code v2} under its
 * conversation's data key. As {@link KeyDependents}, it keeps a keystore key that such text needs
 * from being deleted.
 */
@ApplicationScoped
public class LegacyMessages implements KeyDependents {

  // Every v1 value starts with this prefix; v2 values start with "v2:".
  private static final String V1_PATTERN = "v1:%";

  @PersistenceContext EntityManager entityManager;

  @Inject FieldEncryption fieldEncryption;

  /**
   * Returns the ids of messages with {@code v1} text after an id, in id order. Like {@link
   * org.clinicchat.crypto.FieldEncryption#staleDataKeyIds}, it runs outside the batch chunk's
   * transaction.
   */
  @Transactional(TxType.NOT_SUPPORTED)
  public List<String> idsAfter(String afterId, int max) {
    return entityManager
        .createQuery(
            "SELECT m.id FROM Message m WHERE m.textCiphertext LIKE :v1 AND m.id > :after"
                + " ORDER BY m.id",
            String.class)
        .setParameter("v1", V1_PATTERN)
        .setParameter("after", afterId)
        .setMaxResults(max)
        .getResultList();
  }

  /** Returns how many messages still have {@code v1} text. */
  public long count() {
    return entityManager
        .createQuery("SELECT COUNT(m) FROM Message m WHERE m.textCiphertext LIKE :v1", Long.class)
        .setParameter("v1", V1_PATTERN)
        .getSingleResult();
  }

  /** Returns how many messages have {@code v1} text under the keystore key. */
  @Override
  public long countUnder(String kekId) {
    // "v1:" + key id + ":", with the LIKE wildcards of the key id escaped.
    String prefix = "v1:" + kekId.replace("!", "!!").replace("%", "!%").replace("_", "!_") + ":%";
    return entityManager
        .createQuery(
            "SELECT COUNT(m) FROM Message m WHERE m.textCiphertext LIKE :prefix ESCAPE '!'",
            Long.class)
        .setParameter("prefix", prefix)
        .getSingleResult();
  }

  @Override
  public String describe(long count) {
    return count + " message(s) in the old v1 format";
  }

  /**
   * Re-encrypts messages in a transaction of their own, as {@link
   * org.clinicchat.crypto.FieldEncryption#rewrap} does, locking each conversation as sending a
   * message does. Messages that are gone or no longer in {@code v1} format are skipped, so running
   * it twice for the same ids is harmless. Returns how many were re-encrypted.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public int reencrypt(List<String> messageIds) {
    int converted = 0;
    for (String messageId : messageIds) {
      Message message = entityManager.find(Message.class, messageId);
      if (message != null) {
        Conversation conversation =
            entityManager.find(
                Conversation.class,
                message.getConversation().getId(),
                LockModeType.PESSIMISTIC_WRITE);
        converted += reencrypt(conversation, message) ? 1 : 0;
      }
    }
    return converted;
  }

  /** Re-encrypts every {@code v1} message of a locked conversation; returns how many. */
  int reencrypt(Conversation conversation) {
    List<Message> legacy =
        entityManager
            .createQuery(
                "SELECT m FROM Message m WHERE m.conversation = :conversation"
                    + " AND m.textCiphertext LIKE :v1",
                Message.class)
            .setParameter("conversation", conversation)
            .setParameter("v1", V1_PATTERN)
            .getResultList();
    int converted = 0;
    for (Message message : legacy) {
      converted += reencrypt(conversation, message) ? 1 : 0;
    }
    return converted;
  }

  private boolean reencrypt(Conversation conversation, Message message) {
    if (!message.isInLegacyFormat()) {
      return false;
    }
    String conversationId = conversation.getId();
    message.reseal(
        fieldEncryption.openerFor(conversationId), fieldEncryption.sealerFor(conversationId));
    return true;
  }
}

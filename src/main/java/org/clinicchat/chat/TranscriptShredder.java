package org.clinicchat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.clinicchat.crypto.FieldEncryption;

/**
 * Crypto-shreds a conversation: deletes its wrapped data key, so its messages can no longer be
 * decrypted from the database. These are the steps of an erasure without a caller check: {@link
 * ConversationErasure} runs them for an administrator, and the retention job for the server.
 */
@ApplicationScoped
public class TranscriptShredder {

  private static final Logger LOG = Logger.getLogger(TranscriptShredder.class.getName());

  @PersistenceContext EntityManager entityManager;

  @Inject FieldEncryption fieldEncryption;

  @Inject LegacyMessages legacyMessages;

  @Inject Event<ConversationShredded> shredded;

  /**
   * Shreds the conversation. Text still in the old {@code v1} format, which the keystore key
   * decrypts directly, is first re-encrypted under the data key, so that it is erased with it.
   * Observers of {@link ConversationShredded} then delete their rows of the conversation in the
   * same transaction.
   *
   * @throws ConversationNotFoundException if no conversation has the id
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void shred(String conversationId) {
    Conversation conversation =
        entityManager.find(Conversation.class, conversationId, LockModeType.PESSIMISTIC_WRITE);
    if (conversation == null) {
      throw new ConversationNotFoundException();
    }
    int converted = legacyMessages.reencrypt(conversation);
    fieldEncryption.erase(conversationId);
    shredded.fire(new ConversationShredded(conversationId));
    LOG.info(
        () ->
            "Conversation "
                + conversationId
                + " erased; "
                + converted
                + " v1 message value(s) were re-encrypted under its data key first");
  }
}

package org.clinicchat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clinicchat.crypto.DataKeyErasedException;
import org.clinicchat.crypto.DecryptionFailedException;
import org.clinicchat.crypto.FieldEncryption;
import org.clinicchat.crypto.FieldOpener;
import org.clinicchat.crypto.KeyNotFoundException;

/**
 * Reads and decrypts the messages of a conversation for the patient's and the staff's view.
 *
 * <p>A message that fails to decrypt does not fail the read: it is returned as unreadable, logged
 * with its id and the reason but no data, and audited as {@code DECRYPTION_FAILED}. Messages of an
 * erased conversation are returned as erased, which is expected and neither logged nor audited.
 */
@ApplicationScoped
public class Transcripts {

  private static final Logger LOG = Logger.getLogger(Transcripts.class.getName());

  @PersistenceContext EntityManager entityManager;

  @Inject FieldEncryption fieldEncryption;

  @Inject ChatEvents events;

  /** Returns the messages of a conversation in order, each decrypted or marked as not readable. */
  public List<Message> messages(Conversation conversation) {
    return messagesAfter(conversation, 0);
  }

  /**
   * Returns the messages of a conversation whose sequence number is greater than {@code sequence},
   * in order, each decrypted or marked as not readable.
   */
  public List<Message> messagesAfter(Conversation conversation, int sequence) {
    List<Message> messages =
        entityManager
            .createQuery(
                "SELECT m FROM Message m WHERE m.conversation = :conversation"
                    + " AND m.sequence > :sequence ORDER BY m.sequence",
                Message.class)
            .setParameter("conversation", conversation)
            .setParameter("sequence", sequence)
            .getResultList();
    FieldOpener opener = fieldEncryption.openerFor(conversation.getId());
    List<String> failed = new ArrayList<>();
    RuntimeException firstFailure = null;
    for (Message message : messages) {
      try {
        message.open(opener);
      } catch (DataKeyErasedException e) {
        message.markUnreadable(Message.TextState.ERASED);
      } catch (DecryptionFailedException | KeyNotFoundException e) {
        message.markUnreadable(Message.TextState.UNREADABLE);
        failed.add(message.getId());
        firstFailure = firstFailure == null ? e : firstFailure;
        events.decryptionFailed(message.getId());
      }
    }
    if (!failed.isEmpty()) {
      // One line per read, with the ids only: the exception messages name keys, never data.
      LOG.log(
          Level.WARNING,
          "Conversation "
              + conversation.getId()
              + ": "
              + failed.size()
              + " message(s) failed to decrypt and are shown as unreadable: "
              + failed,
          firstFailure);
    }
    return messages;
  }
}

package org.clinicchat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.clinicchat.delivery.ConversationSignal;
import org.clinicchat.delivery.ConversationSignals;

/**
 * Stores messages in the caller's transaction and announces each one with a {@code MESSAGE_STORED}
 * signal, which observers act on only after that transaction commits.
 */
@ApplicationScoped
public class MessageStore {

  @PersistenceContext EntityManager entityManager;

  @Inject ConversationSignals signals;

  /** Stores a new message and publishes its sequence number. */
  void store(Message message) {
    entityManager.persist(message);
    signals.publish(
        new ConversationSignal(
            message.getConversation().getId(),
            ConversationSignal.Kind.MESSAGE_STORED,
            message.getSequence()));
  }
}

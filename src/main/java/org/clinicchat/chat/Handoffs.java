package org.clinicchat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.clinicchat.delivery.ConversationSignal;
import org.clinicchat.delivery.ConversationSignals;

/** Reads and starts handoffs inside the caller's transaction; callers check roles and audit. */
@ApplicationScoped
public class Handoffs {

  @PersistenceContext EntityManager entityManager;

  @Inject ConversationSignals signals;

  @Inject MessageStore messageStore;

  /** Returns the conversation's handoff that has not ended, if any. */
  public Optional<Handoff> open(Conversation conversation) {
    return entityManager
        .createQuery(
            "SELECT h FROM Handoff h WHERE h.conversation = :conversation AND h.endedAt IS NULL",
            Handoff.class)
        .setParameter("conversation", conversation)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** Puts the conversation in the staff queue, unless a handoff is open already. */
  Handoff request(Conversation conversation, Handoff.Reason reason, Instant at) {
    return open(conversation)
        .orElseGet(
            () -> {
              Handoff handoff = new Handoff(conversation, reason, at);
              entityManager.persist(handoff);
              signal(conversation, ConversationSignal.Kind.HANDOFF_QUEUED, 0);
              return handoff;
            });
  }

  /** Announces a change of a conversation's handoff, once the caller's transaction commits. */
  void signal(Conversation conversation, ConversationSignal.Kind kind, int sequence) {
    signals.publish(new ConversationSignal(conversation.getId(), kind, sequence));
  }

  /** Stores a message that the server writes into a conversation, such as a timeout notice. */
  void append(Message message) {
    messageStore.store(message);
  }

  /** Returns the handoffs waiting for staff, emergencies first, then the longest waiting. */
  List<Handoff> waiting() {
    return entityManager
        .createQuery(
            "SELECT h FROM Handoff h WHERE h.takenBy IS NULL AND h.endedAt IS NULL"
                + " ORDER BY h.conversation.urgent DESC, h.requestedAt",
            Handoff.class)
        .getResultList();
  }

  /** Returns the handoffs still waiting that were requested before the time given. */
  List<Handoff> waitingSince(Instant before) {
    return entityManager
        .createQuery(
            "SELECT h FROM Handoff h WHERE h.takenBy IS NULL AND h.endedAt IS NULL"
                + " AND h.requestedAt < :before",
            Handoff.class)
        .setParameter("before", before)
        .getResultList();
  }

  /** Returns the open handoffs a staff member took over, oldest first. */
  List<Handoff> takenBy(String staffUser) {
    return entityManager
        .createQuery(
            "SELECT h FROM Handoff h WHERE h.takenBy = :user AND h.endedAt IS NULL"
                + " ORDER BY h.takenAt",
            Handoff.class)
        .setParameter("user", staffUser)
        .getResultList();
  }
}

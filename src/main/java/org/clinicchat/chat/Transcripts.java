package org.clinicchat.chat;

import jakarta.persistence.EntityManager;
import java.util.List;

/** Queries shared by the patient's and the staff's view of a conversation. */
final class Transcripts {

  private Transcripts() {}

  static List<Message> messages(EntityManager entityManager, Conversation conversation) {
    return entityManager
        .createQuery(
            "SELECT m FROM Message m WHERE m.conversation = :conversation ORDER BY m.sequence",
            Message.class)
        .setParameter("conversation", conversation)
        .getResultList();
  }
}

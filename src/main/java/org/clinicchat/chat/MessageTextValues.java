package org.clinicchat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.clinicchat.crypto.DataKeyValues;
import org.clinicchat.crypto.FieldOpener;
import org.clinicchat.crypto.FieldSealer;

/** Re-encrypts a conversation's message text when its data key gets new material. */
@ApplicationScoped
public class MessageTextValues implements DataKeyValues {

  @PersistenceContext EntityManager entityManager;

  @Override
  public int reencrypt(String ownerId, FieldOpener previous, FieldSealer sealer) {
    List<Message> messages =
        entityManager
            .createQuery("SELECT m FROM Message m WHERE m.conversation.id = :id", Message.class)
            .setParameter("id", ownerId)
            .getResultList();
    for (Message message : messages) {
      message.reseal(previous, sealer);
    }
    return messages.size();
  }
}

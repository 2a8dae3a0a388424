package org.clinicchat.callback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.clinicchat.chat.ConversationShredded;

/**
 * Deletes the call-back requests of an erased conversation. Their phone numbers became unreadable
 * with the conversation's data key, so staff could not call the patient back, and an open request
 * would otherwise stay in the inbox.
 */
@ApplicationScoped
public class CallbackErasure {

  private static final Logger LOG = Logger.getLogger(CallbackErasure.class.getName());

  @PersistenceContext EntityManager entityManager;

  void onShredded(@Observes ConversationShredded shredded) {
    String conversationId = shredded.conversationId();
    int deleted =
        entityManager
            .createQuery("DELETE FROM CallbackRequest c WHERE c.conversationId = :conversation")
            .setParameter("conversation", conversationId)
            .executeUpdate();
    if (deleted > 0) {
      LOG.info(
          () ->
              deleted
                  + " call-back request(s) of erased conversation "
                  + conversationId
                  + " deleted");
    }
  }
}

package org.clinicchat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Reads messages for open streams, on threads without a request. The patient's access was checked
 * and audited when the stream opened, so these reads are not audited again.
 */
@ApplicationScoped
public class StreamedMessages {

  @PersistenceContext EntityManager entityManager;

  @Inject Transcripts transcripts;

  /**
   * Returns the messages of a conversation after {@code sequence}, in order. Returns none when the
   * conversation no longer exists or has no newer message.
   */
  // The request context lets Transcripts audit a message that fails to decrypt. NOTE: that event
  // names the caller the thread carries, often "anonymous", and no test covers this path.
  @ActivateRequestContext
  @Transactional
  public List<MessageView> after(String conversationId, int sequence) {
    Conversation conversation = entityManager.find(Conversation.class, conversationId);
    if (conversation == null || conversation.getMessageCount() <= sequence) {
      return List.of();
    }
    return transcripts.messagesAfter(conversation, sequence).stream().map(MessageView::of).toList();
  }
}

package org.clinicchat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.clinicchat.assistant.Assistant;
import org.clinicchat.assistant.Reply;
import org.clinicchat.audit.AccessPurpose;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.Audited;
import org.clinicchat.audit.AuditedResource;
import org.clinicchat.consent.ConsentInterceptor;
import org.clinicchat.consent.ConsentRequired;
import org.clinicchat.consent.Purpose;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The patient's side of a conversation: start it, send a message and get the reply, read it back.
 * Every method processes PHI, so each needs a valid consent and is audited.
 */
@ApplicationScoped
public class PatientChat {

  @PersistenceContext EntityManager entityManager;

  @Inject JsonWebToken token;

  @Inject Assistant assistant;

  private final Clock clock = Clock.systemUTC();

  /** Starts a conversation for the calling visitor. */
  @Transactional
  @Audited(
      value = AuditAction.CONVERSATION_STARTED,
      resourceType = "Conversation",
      purpose = AccessPurpose.PATIENT_REQUEST)
  @ConsentRequired(Purpose.PATIENT_CHAT)
  public StartedConversation start() {
    String consentId = token.getClaim(ConsentInterceptor.CONSENT_CLAIM);
    Conversation conversation = new Conversation(token.getSubject(), consentId, Instant.now(clock));
    entityManager.persist(conversation);
    entityManager.flush();
    return new StartedConversation(conversation.getId());
  }

  /** Stores the patient's message, answers it, and stores the answer. */
  @Transactional
  @Audited(
      value = AuditAction.MESSAGE_SENT,
      resourceType = "Conversation",
      purpose = AccessPurpose.PATIENT_REQUEST)
  @ConsentRequired(Purpose.PATIENT_CHAT)
  public Exchange send(@AuditedResource String conversationId, String text) {
    Conversation conversation = ownConversation(conversationId, LockModeType.PESSIMISTIC_WRITE);
    Instant now = Instant.now(clock);
    Message question =
        new Message(conversation, conversation.nextSequence(now), Sender.PATIENT, text, null, now);
    Reply reply = assistant.answer(text);
    Message answer =
        new Message(
            conversation,
            conversation.nextSequence(now),
            Sender.ASSISTANT,
            reply.text(),
            reply.topic(),
            now);
    entityManager.persist(question);
    entityManager.persist(answer);
    // Writes now, so a database error fails this call and its audit event says FAILURE.
    entityManager.flush();
    return new Exchange(question, answer);
  }

  /** Returns the messages of the visitor's own conversation in the order they were stored. */
  @Audited(
      value = AuditAction.TRANSCRIPT_READ,
      resourceType = "Conversation",
      purpose = AccessPurpose.PATIENT_REQUEST)
  @ConsentRequired(Purpose.PATIENT_CHAT)
  public List<Message> transcript(@AuditedResource String conversationId) {
    Conversation conversation = ownConversation(conversationId, LockModeType.NONE);
    return Transcripts.messages(entityManager, conversation);
  }

  private Conversation ownConversation(String conversationId, LockModeType lock) {
    Conversation conversation = entityManager.find(Conversation.class, conversationId, lock);
    if (conversation == null || !conversation.belongsTo(token.getSubject())) {
      throw new ConversationNotFoundException();
    }
    return conversation;
  }
}

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
import org.clinicchat.crypto.DataKeyErasedException;
import org.clinicchat.crypto.FieldEncryption;
import org.clinicchat.crypto.FieldSealer;
import org.clinicchat.safety.Language;
import org.clinicchat.safety.SensitiveNumbers;
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

  @Inject FieldEncryption fieldEncryption;

  @Inject Transcripts transcripts;

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

  /**
   * Gets the assistant's reply to the patient's message and stores both. Social security and card
   * numbers are masked before storage, and a message that suggests an emergency flags the
   * conversation urgent for staff.
   */
  @Transactional
  @Audited(
      value = AuditAction.MESSAGE_SENT,
      resourceType = "Conversation",
      purpose = AccessPurpose.PATIENT_REQUEST)
  @ConsentRequired(Purpose.PATIENT_CHAT)
  public Exchange send(@AuditedResource String conversationId, String text, Language language) {
    Conversation conversation = ownConversation(conversationId, LockModeType.PESSIMISTIC_WRITE);
    FieldSealer sealer = sealerFor(conversation);
    Instant now = Instant.now(clock);
    // The assistant screens for emergencies first; only the masked text is stored.
    Reply reply = assistant.answer(text, language);
    if (reply.emergency()) {
      conversation.flagUrgent();
    }
    String storedText = SensitiveNumbers.mask(text).text();
    Message question =
        new Message(
            conversation,
            conversation.nextSequence(now),
            Sender.PATIENT,
            storedText,
            null,
            now,
            sealer);
    Message answer =
        new Message(
            conversation,
            conversation.nextSequence(now),
            Sender.ASSISTANT,
            reply.text(),
            reply.topic(),
            now,
            sealer);
    entityManager.persist(question);
    entityManager.persist(answer);
    // Writes now, so a database error fails this call and its audit event records FAILURE.
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
    return transcripts.messages(conversation);
  }

  /** Returns the sealer of the conversation; an erased conversation takes no new messages. */
  private FieldSealer sealerFor(Conversation conversation) {
    try {
      return fieldEncryption.sealerFor(conversation.getId());
    } catch (DataKeyErasedException e) {
      throw new ConversationNotFoundException();
    }
  }

  private Conversation ownConversation(String conversationId, LockModeType lock) {
    Conversation conversation = entityManager.find(Conversation.class, conversationId, lock);
    if (conversation == null || !conversation.belongsTo(token.getSubject())) {
      throw new ConversationNotFoundException();
    }
    return conversation;
  }
}

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
import java.util.Optional;
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

  @Inject Handoffs handoffs;

  @Inject ChatEvents events;

  @Inject MessageStore messageStore;

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
   * Stores the patient's message and, unless staff have the conversation, the assistant's reply.
   * Social security and card numbers are masked before storage. A message that suggests an
   * emergency gets the fixed emergency answer even while staff have the conversation, flags it
   * urgent and puts it in the staff queue; so does a request for a person, or a second answer in a
   * row that the assistant does not have.
   */
  @Transactional
  @Audited(
      value = AuditAction.MESSAGE_SENT,
      resourceType = "Conversation",
      purpose = AccessPurpose.PATIENT_REQUEST)
  @ConsentRequired(Purpose.PATIENT_CHAT)
  public Exchange send(
      @AuditedResource String conversationId,
      String text,
      Language language,
      String idempotencyKey) {
    Conversation conversation = ownConversation(conversationId, LockModeType.PESSIMISTIC_WRITE);
    // The row lock above serializes sends in a conversation, so a retry finds the first result.
    Optional<Exchange> earlier = earlierSend(conversation, idempotencyKey);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    if (fieldEncryption.isErased(conversation.getId())) {
      throw new ConversationNotFoundException();
    }
    Instant now = Instant.now(clock);
    Optional<Handoff> open = handoffs.open(conversation);
    // The assistant screens for emergencies first; while staff have the conversation it does
    // nothing else. Only the masked text is stored.
    Reply reply =
        open.isPresent()
            ? assistant.emergencyReply(text).orElse(null)
            : assistant.answer(conversation.getId(), text, language);
    // The data key is locked only after the reply, because a booking step in the reply commits in
    // transactions of its own. Those create data keys, and on MariaDB they waited on this lock.
    FieldSealer sealer = sealerFor(conversation);
    // Read before the new reply is stored, because the query would find it.
    Optional<Handoff.Reason> reason =
        open.isPresent() || reply == null ? Optional.empty() : handoffReason(conversation, reply);
    Message question =
        new Message(
            conversation,
            conversation.nextSequence(now),
            Sender.PATIENT,
            SensitiveNumbers.mask(text).text(),
            null,
            now,
            sealer);
    messageStore.store(question);
    Message answer = null;
    if (reply != null) {
      answer =
          new Message(
              conversation,
              conversation.nextSequence(now),
              Sender.ASSISTANT,
              reply.text(),
              reply.topic(),
              now,
              sealer);
      messageStore.store(answer);
    }
    if (reply != null && reply.emergency()) {
      conversation.flagUrgent();
    }
    String handoffState = open.map(Handoff::state).orElse(null);
    if (reason.isPresent()) {
      handoffState = requestHandoff(conversation, reason.get(), now).state();
    }
    Exchange exchange = new Exchange(question, answer, handoffState, false);
    if (idempotencyKey != null) {
      entityManager.persist(new SentMessage(conversation.getId(), idempotencyKey, exchange, now));
    }
    // Writes now, so a database error fails this call and its audit event records FAILURE.
    entityManager.flush();
    return exchange;
  }

  /** Returns the result of an earlier send with the same idempotency key, read back and opened. */
  private Optional<Exchange> earlierSend(Conversation conversation, String idempotencyKey) {
    if (idempotencyKey == null) {
      return Optional.empty();
    }
    List<SentMessage> sent =
        entityManager
            .createQuery(
                "SELECT s FROM SentMessage s WHERE s.conversationId = :conversation"
                    + " AND s.idempotencyKey = :key",
                SentMessage.class)
            .setParameter("conversation", conversation.getId())
            .setParameter("key", idempotencyKey)
            .getResultList();
    if (sent.isEmpty()) {
      return Optional.empty();
    }
    List<Message> messages = transcripts.messages(conversation);
    Message question = opened(messages, sent.getFirst().getPatientMessageId());
    String replyId = sent.getFirst().getReplyMessageId();
    Message reply = replyId == null ? null : opened(messages, replyId);
    String handoffState = handoffs.open(conversation).map(Handoff::state).orElse(null);
    return Optional.of(new Exchange(question, reply, handoffState, true));
  }

  private static Message opened(List<Message> messages, String messageId) {
    return messages.stream()
        .filter(message -> message.getId().equals(messageId))
        .findFirst()
        .orElseThrow(ConversationNotFoundException::new);
  }

  private Optional<Handoff.Reason> handoffReason(Conversation conversation, Reply reply) {
    if (reply.emergency()) {
      return Optional.of(Handoff.Reason.EMERGENCY);
    }
    if (Reply.HANDOFF_TOPIC.equals(reply.topic())) {
      return Optional.of(Handoff.Reason.PATIENT_REQUEST);
    }
    if (!reply.answered() && lastAssistantTopicWasFallback(conversation)) {
      return Optional.of(Handoff.Reason.NO_ANSWER);
    }
    return Optional.empty();
  }

  private Handoff requestHandoff(Conversation conversation, Handoff.Reason reason, Instant now) {
    Handoff handoff = handoffs.request(conversation, reason, now);
    events.handoffRequested(conversation.getId());
    return handoff;
  }

  /** Returns whether the assistant's latest answer in the conversation was the fallback. */
  private boolean lastAssistantTopicWasFallback(Conversation conversation) {
    List<Message> last =
        entityManager
            .createQuery(
                "SELECT m FROM Message m WHERE m.conversation = :conversation"
                    + " AND m.sender = :sender ORDER BY m.sequence DESC",
                Message.class)
            .setParameter("conversation", conversation)
            .setParameter("sender", Sender.ASSISTANT)
            .setMaxResults(1)
            .getResultList();
    return !last.isEmpty() && last.getFirst().getTopic() == null;
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

  /**
   * Returns the visitor's own conversation with its messages, for the patient to keep as a file. It
   * is audited apart from {@link #transcript}, because a download leaves the clinic's systems.
   */
  @Audited(
      value = AuditAction.TRANSCRIPT_DOWNLOADED,
      resourceType = "Conversation",
      purpose = AccessPurpose.PATIENT_REQUEST)
  @ConsentRequired(Purpose.PATIENT_CHAT)
  public TranscriptDownload download(@AuditedResource String conversationId) {
    Conversation conversation = ownConversation(conversationId, LockModeType.NONE);
    return new TranscriptDownload(
        conversation.getId(),
        conversation.getStartedAt(),
        Instant.now(clock),
        transcripts.messages(conversation).stream().map(MessageView::of).toList());
  }

  /**
   * Checks that the visitor may stream the messages of their own conversation and returns when the
   * token expires, after which the stream must end. Audited once per stream, not per message.
   */
  @Audited(
      value = AuditAction.MESSAGE_STREAM_OPENED,
      resourceType = "Conversation",
      purpose = AccessPurpose.PATIENT_REQUEST)
  @ConsentRequired(Purpose.PATIENT_CHAT)
  public Instant openStream(@AuditedResource String conversationId) {
    ownConversation(conversationId, LockModeType.NONE);
    return Instant.ofEpochSecond(token.getExpirationTime());
  }

  /**
   * Records that the visitor's widget showed the conversation up to {@code sequence} and returns
   * the stored value, which never decreases.
   *
   * @throws UnknownSequenceException if no message with that sequence number is stored yet
   */
  @Transactional
  @Audited(
      value = AuditAction.MESSAGES_ACKNOWLEDGED,
      resourceType = "Conversation",
      purpose = AccessPurpose.PATIENT_REQUEST)
  @ConsentRequired(Purpose.PATIENT_CHAT)
  public int acknowledge(@AuditedResource String conversationId, int sequence) {
    // The row lock serializes acknowledgements, so two first ones do not both insert a row.
    Conversation conversation = ownConversation(conversationId, LockModeType.PESSIMISTIC_WRITE);
    if (sequence > conversation.getMessageCount()) {
      throw new UnknownSequenceException(sequence, conversation.getMessageCount());
    }
    PatientAcknowledgement acknowledgement =
        entityManager.find(PatientAcknowledgement.class, conversation.getId());
    if (acknowledgement == null) {
      acknowledgement = new PatientAcknowledgement(conversation.getId());
      entityManager.persist(acknowledgement);
    }
    acknowledgement.advance(sequence, Instant.now(clock));
    return acknowledgement.getSeenUpTo();
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

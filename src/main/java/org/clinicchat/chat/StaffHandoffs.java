package org.clinicchat.chat;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.clinicchat.audit.AccessPurpose;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.Audited;
import org.clinicchat.audit.AuditedResource;
import org.clinicchat.crypto.DataKeyErasedException;
import org.clinicchat.crypto.FieldEncryption;
import org.clinicchat.delivery.ConversationSignal;
import org.clinicchat.security.Roles;

/**
 * The staff side of a handoff: the queue, taking a conversation over, answering the patient, and
 * handing the conversation back to the assistant or closing it. Each change is audited.
 */
@ApplicationScoped
@RolesAllowed({Roles.CLINICIAN, Roles.ADMIN})
public class StaffHandoffs {

  /** Maximum length of a staff reply, the same as of a patient's message. */
  public static final int MAX_REPLY_LENGTH = Message.MAX_TEXT_LENGTH;

  @PersistenceContext EntityManager entityManager;

  @Inject Handoffs handoffs;

  @Inject FieldEncryption fieldEncryption;

  @Inject SecurityContext securityContext;

  @Inject MessageStore messageStore;

  private final Clock clock = Clock.systemUTC();

  /** Returns the conversations waiting for staff, emergencies first, then the longest waiting. */
  public List<Handoff> waiting() {
    return handoffs.waiting();
  }

  /** Returns the conversations the caller has taken over and not yet handed back. */
  public List<Handoff> mine() {
    return handoffs.takenBy(caller());
  }

  /** Returns the open handoff of a conversation, if any. */
  public Optional<Handoff> openHandoff(String conversationId) {
    return handoffs.open(conversation(conversationId, LockModeType.NONE));
  }

  /**
   * Takes a waiting conversation over: from now on the caller answers the patient and the assistant
   * is silent.
   *
   * @throws HandoffStateException if nobody waits in it or another staff member took it
   */
  @Transactional
  @Audited(
      value = AuditAction.HANDOFF_TAKEN,
      resourceType = "Conversation",
      purpose = AccessPurpose.TREATMENT)
  public void take(@AuditedResource String conversationId) {
    Handoff handoff = open(conversationId);
    if (!handoff.isWaiting()) {
      throw new HandoffStateException(
          "Conversation " + conversationId + " was taken over by " + handoff.getTakenBy() + ".");
    }
    handoff.take(caller(), Instant.now(clock));
    handoffs.signal(handoff.getConversation(), ConversationSignal.Kind.HANDOFF_TAKEN, 0);
  }

  /** Sends a staff message to the patient in a conversation the caller took over. */
  @Transactional
  @Audited(
      value = AuditAction.STAFF_MESSAGE_SENT,
      resourceType = "Conversation",
      purpose = AccessPurpose.TREATMENT)
  public void reply(@AuditedResource String conversationId, String typed) {
    String text = ControlCharacters.strip(typed);
    if (text == null || text.isBlank() || text.length() > MAX_REPLY_LENGTH) {
      throw new HandoffStateException("Write a reply of 1 to " + MAX_REPLY_LENGTH + " characters.");
    }
    Handoff handoff = ownHandoff(conversationId);
    Conversation conversation = handoff.getConversation();
    Instant now = Instant.now(clock);
    try {
      messageStore.store(
          new Message(
              conversation,
              conversation.nextSequence(now),
              Sender.STAFF,
              text.strip(),
              null,
              now,
              fieldEncryption.sealerFor(conversationId)));
    } catch (DataKeyErasedException e) {
      throw new ConversationNotFoundException();
    }
  }

  /** Ends the caller's handoff: the assistant answers the patient's next messages again. */
  @Transactional
  @Audited(
      value = AuditAction.HANDOFF_ENDED,
      resourceType = "Conversation",
      purpose = AccessPurpose.TREATMENT)
  public void end(@AuditedResource String conversationId, Handoff.Ending ending) {
    Handoff handoff = ownHandoff(conversationId);
    handoff.end(ending, Instant.now(clock));
    handoffs.signal(handoff.getConversation(), ConversationSignal.Kind.HANDOFF_ENDED, 0);
  }

  private Handoff ownHandoff(String conversationId) {
    Handoff handoff = open(conversationId);
    if (!caller().equals(handoff.getTakenBy())) {
      throw new HandoffStateException(
          "Take conversation "
              + conversationId
              + " over before you reply to the patient or end the handoff.");
    }
    return handoff;
  }

  private Handoff open(String conversationId) {
    return handoffs
        .open(conversation(conversationId, LockModeType.PESSIMISTIC_WRITE))
        .orElseThrow(
            () ->
                new HandoffStateException(
                    "Conversation " + conversationId + " is not waiting for staff."));
  }

  private Conversation conversation(String conversationId, LockModeType lock) {
    Conversation conversation = entityManager.find(Conversation.class, conversationId, lock);
    if (conversation == null) {
      throw new ConversationNotFoundException();
    }
    return conversation;
  }

  private String caller() {
    return securityContext.getCallerPrincipal().getName();
  }
}

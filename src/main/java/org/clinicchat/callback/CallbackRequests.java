package org.clinicchat.callback;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.clinicchat.audit.AccessPurpose;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.Audited;
import org.clinicchat.audit.AuditedResource;
import org.clinicchat.chat.Conversation;
import org.clinicchat.chat.ConversationNotFoundException;
import org.clinicchat.chat.Handoff;
import org.clinicchat.consent.ConsentRequired;
import org.clinicchat.consent.Purpose;
import org.clinicchat.crypto.DataKeyErasedException;
import org.clinicchat.crypto.FieldEncryption;
import org.clinicchat.patient.InvalidPatientIdentityException;
import org.clinicchat.patient.PhoneNumber;
import org.clinicchat.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The patient side of call-back requests: a patient whose handoff timed out leaves a phone number
 * and a preferred time of day, once per conversation while the request is open.
 */
@ApplicationScoped
@RolesAllowed(Roles.PATIENT)
public class CallbackRequests {

  @PersistenceContext EntityManager entityManager;

  @Inject FieldEncryption fieldEncryption;

  @Inject JsonWebToken token;

  @Inject
  @ConfigProperty(name = "clinicchat.patient.default-country-code", defaultValue = "1")
  String defaultCountryCode;

  private final Clock clock = Clock.systemUTC();

  /**
   * Stores a call-back request for the caller's own conversation.
   *
   * @throws ConversationNotFoundException if the conversation is not the caller's or was erased
   * @throws CallbackException with 400 for an invalid phone number or time of day, and with 409
   *     when no handoff of the conversation timed out or a request is already open
   */
  @Transactional
  @Audited(
      value = AuditAction.CALLBACK_REQUESTED,
      resourceType = "Conversation",
      purpose = AccessPurpose.PATIENT_REQUEST)
  @ConsentRequired(Purpose.PATIENT_CHAT)
  public String request(
      @AuditedResource String conversationId, String phone, String preferredTime) {
    ownConversation(conversationId);
    PhoneNumber number = parsePhone(phone);
    PreferredTime time = parseTime(preferredTime);
    requireTimedOutHandoff(conversationId);
    requireNoOpenRequest(conversationId);
    try {
      CallbackRequest request =
          new CallbackRequest(
              conversationId,
              number,
              time,
              Instant.now(clock),
              fieldEncryption.sealerFor(conversationId));
      entityManager.persist(request);
      return request.getId();
    } catch (DataKeyErasedException e) {
      throw new ConversationNotFoundException();
    }
  }

  private void ownConversation(String conversationId) {
    Conversation conversation = entityManager.find(Conversation.class, conversationId);
    if (conversation == null || !conversation.getVisitor().equals(token.getSubject())) {
      throw new ConversationNotFoundException();
    }
  }

  private PhoneNumber parsePhone(String phone) {
    try {
      return PhoneNumber.parse(phone, defaultCountryCode);
    } catch (InvalidPatientIdentityException e) {
      throw new CallbackException(Status.BAD_REQUEST, e.getMessage());
    }
  }

  private static PreferredTime parseTime(String preferredTime) {
    try {
      return PreferredTime.valueOf(
          preferredTime == null ? "ANY" : preferredTime.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CallbackException(
          Status.BAD_REQUEST, "preferredTime must be MORNING, AFTERNOON or ANY.");
    }
  }

  private void requireTimedOutHandoff(String conversationId) {
    long timedOut =
        entityManager
            .createQuery(
                "SELECT COUNT(h) FROM Handoff h WHERE h.conversation.id = :conversation"
                    + " AND h.ending = :ending",
                Long.class)
            .setParameter("conversation", conversationId)
            .setParameter("ending", Handoff.Ending.TIMED_OUT)
            .getSingleResult();
    if (timedOut == 0) {
      throw new CallbackException(
          Status.CONFLICT,
          "A call-back can be requested only after no staff member answered within the wait"
              + " limit.");
    }
  }

  private void requireNoOpenRequest(String conversationId) {
    long open =
        entityManager
            .createQuery(
                "SELECT COUNT(c) FROM CallbackRequest c WHERE c.conversationId = :conversation"
                    + " AND c.doneAt IS NULL",
                Long.class)
            .setParameter("conversation", conversationId)
            .getSingleResult();
    if (open > 0) {
      throw new CallbackException(
          Status.CONFLICT, "A call-back request for this conversation is already open.");
    }
  }
}

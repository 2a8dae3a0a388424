package org.clinicchat.chat;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.clinicchat.audit.AccessPurpose;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.Audited;
import org.clinicchat.audit.AuditedResource;
import org.clinicchat.security.Roles;

/**
 * The staff's view of conversations: a list without message text, and a transcript. Every call is
 * audited; only clinicians and administrators may make them.
 */
@Stateless
@RolesAllowed({Roles.CLINICIAN, Roles.ADMIN})
public class ConversationReview {

  static final int MAX_LIST_SIZE = 200;

  @PersistenceContext EntityManager entityManager;

  @Inject Transcripts transcripts;

  /** Returns the most recently active conversations, newest first, without message text. */
  @Audited(
      value = AuditAction.CONVERSATION_LIST_READ,
      resourceType = "Conversation",
      purpose = AccessPurpose.TREATMENT)
  public List<Conversation> recent() {
    return entityManager
        .createQuery(
            "SELECT c FROM Conversation c ORDER BY c.lastMessageAt DESC, c.startedAt DESC",
            Conversation.class)
        .setMaxResults(MAX_LIST_SIZE)
        .getResultList();
  }

  /** Returns the messages of a conversation in order; those that fail to decrypt are marked. */
  @Audited(
      value = AuditAction.TRANSCRIPT_READ,
      resourceType = "Conversation",
      purpose = AccessPurpose.TREATMENT)
  public List<Message> transcript(@AuditedResource String conversationId) {
    Conversation conversation = entityManager.find(Conversation.class, conversationId);
    if (conversation == null) {
      throw new ConversationNotFoundException();
    }
    return transcripts.messages(conversation);
  }

  /**
   * Returns the highest sequence number the patient's widget acknowledged as shown, or 0 when it
   * acknowledged none. The number is no PHI, so reading it is not audited apart from the
   * transcript.
   */
  public int seenByPatientUpTo(String conversationId) {
    PatientAcknowledgement acknowledgement =
        entityManager.find(PatientAcknowledgement.class, conversationId);
    return acknowledgement == null ? 0 : acknowledgement.getSeenUpTo();
  }
}

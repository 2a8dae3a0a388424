package org.clinicchat.breakglass;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.clinicchat.audit.AccessPurpose;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.Audited;
import org.clinicchat.audit.AuditedResource;
import org.clinicchat.chat.Conversation;
import org.clinicchat.chat.ConversationIds;
import org.clinicchat.chat.ConversationNotFoundException;
import org.clinicchat.chat.Message;
import org.clinicchat.chat.Transcripts;
import org.clinicchat.crypto.FieldEncryption;
import org.clinicchat.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Break-glass access for the staff roles that read no conversation: a request with a reason grants
 * access to one conversation at once, for {@code clinicchat.break-glass.duration} (default 30
 * minutes). The grant is audited as {@code EMERGENCY_ACCESS_GRANTED}, which raises an alert, and
 * each transcript read under it as {@code TRANSCRIPT_READ} with the purpose {@code EMERGENCY}.
 */
@Stateless
@RolesAllowed({Roles.FRONT_DESK, Roles.AUDITOR, Roles.PRIVACY_OFFICER})
public class EmergencyAccess {

  private static final Logger LOG = Logger.getLogger(EmergencyAccess.class.getName());

  @Inject
  @ConfigProperty(name = "clinicchat.break-glass.duration", defaultValue = "PT30M")
  Duration duration;

  @PersistenceContext EntityManager entityManager;

  @Inject FieldEncryption fieldEncryption;

  @Inject Transcripts transcripts;

  @Inject SecurityContext securityContext;

  private final Clock clock = Clock.systemUTC();

  /**
   * Grants the caller emergency access to a conversation and returns the grant.
   *
   * @throws InvalidBreakGlassRequestException if the reason is missing, too short or too long
   * @throws ConversationNotFoundException if no conversation has that id
   */
  @Audited(
      value = AuditAction.EMERGENCY_ACCESS_GRANTED,
      resourceType = "Conversation",
      purpose = AccessPurpose.EMERGENCY)
  public BreakGlassGrant request(@AuditedResource String conversationId, String reason) {
    EmergencyReason checked = new EmergencyReason(reason);
    Conversation conversation = find(conversationId);

    BreakGlassGrant grant =
        new BreakGlassGrant(conversation.getId(), caller(), Instant.now(clock), duration);
    grant.sealedReason(
        fieldEncryption.sealerFor(grant.getId()).seal(checked.text(), grant.reasonLocation()));
    entityManager.persist(grant);
    LOG.info(
        () ->
            "Emergency access grant "
                + grant.getId()
                + " to conversation "
                + grant.getConversationId()
                + " until "
                + grant.getExpiresAt());
    return grant;
  }

  /**
   * Returns the messages of a conversation that the caller has an active grant for.
   *
   * @throws NoActiveGrantException if the caller has no active grant for the conversation
   * @throws ConversationNotFoundException if no conversation has that id
   */
  @Audited(
      value = AuditAction.TRANSCRIPT_READ,
      resourceType = "Conversation",
      purpose = AccessPurpose.EMERGENCY)
  public List<Message> transcript(@AuditedResource String conversationId) {
    Conversation conversation = find(conversationId);
    if (activeGrant(conversation.getId()).isEmpty()) {
      throw new NoActiveGrantException();
    }
    return transcripts.messages(conversation);
  }

  /** Returns the caller's grant for a conversation that is active now, if any. */
  public Optional<BreakGlassGrant> activeGrant(String conversationId) {
    Instant now = Instant.now(clock);
    return grantsOfCaller(conversationId).stream()
        .filter(grant -> grant.isActiveAt(now))
        .findFirst();
  }

  /** Returns the caller's grants that are active now, the one expiring last first. */
  public List<BreakGlassGrant> activeGrants() {
    Instant now = Instant.now(clock);
    return grantsOfCaller(null).stream().filter(grant -> grant.isActiveAt(now)).toList();
  }

  private List<BreakGlassGrant> grantsOfCaller(String conversationId) {
    String conversationFilter = conversationId == null ? "" : " AND g.conversationId = :c";
    var query =
        entityManager
            .createQuery(
                "SELECT g FROM BreakGlassGrant g WHERE g.grantedTo = :user"
                    + conversationFilter
                    + " AND g.expiresAt > :now ORDER BY g.expiresAt DESC",
                BreakGlassGrant.class)
            .setParameter("user", caller())
            .setParameter("now", Instant.now(clock));
    if (conversationId != null) {
      query.setParameter("c", conversationId);
    }
    return query.getResultList();
  }

  private Conversation find(String conversationId) {
    Conversation conversation =
        entityManager.find(Conversation.class, ConversationIds.require(conversationId));
    if (conversation == null) {
      throw new ConversationNotFoundException();
    }
    return conversation;
  }

  private String caller() {
    return securityContext.getCallerPrincipal().getName();
  }
}

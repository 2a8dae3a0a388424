package org.clinicchat.retention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.clinicchat.audit.AccessPurpose;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.Audited;
import org.clinicchat.audit.AuditedResource;
import org.clinicchat.audit.AuditedResult;
import org.clinicchat.chat.Conversation;
import org.clinicchat.security.Roles;

/** The privacy officer's legal holds, and the receipts of what retention erased. */
@ApplicationScoped
@RolesAllowed(Roles.PRIVACY_OFFICER)
public class LegalHolds {

  static final int MAX_REASON_LENGTH = 200;

  @PersistenceContext EntityManager entityManager;

  @Inject SecurityContext securityContext;

  @Inject Retention retention;

  private final Clock clock = Clock.systemUTC();

  /**
   * Places a hold on a conversation.
   *
   * @throws InvalidHoldException if the conversation does not exist or the reason is missing
   */
  @Transactional
  @Audited(
      value = AuditAction.LEGAL_HOLD_PLACED,
      resourceType = "Conversation",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public PlacedHold place(@AuditedResource String conversationId, String reason) {
    String id = conversationId == null ? "" : conversationId.strip();
    if (id.isEmpty() || entityManager.find(Conversation.class, id) == null) {
      throw new InvalidHoldException("No conversation has the id '" + id + "'.");
    }
    if (reason == null || reason.isBlank() || reason.length() > MAX_REASON_LENGTH) {
      throw new InvalidHoldException(
          "Give the matter of the hold in 1 to " + MAX_REASON_LENGTH + " characters.");
    }
    LegalHold hold = new LegalHold(id, reason.strip(), caller(), Instant.now(clock));
    entityManager.persist(hold);
    return new PlacedHold(id);
  }

  /** Releases a hold in force; retention may erase the conversation from then on. */
  @Transactional
  @Audited(
      value = AuditAction.LEGAL_HOLD_RELEASED,
      resourceType = "LegalHold",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public void release(@AuditedResource String holdId) {
    LegalHold hold = entityManager.find(LegalHold.class, holdId);
    if (hold == null || hold.isReleased()) {
      throw new InvalidHoldException("No hold in force has the id '" + holdId + "'.");
    }
    hold.release(caller(), Instant.now(clock));
  }

  /** Returns the holds in force, oldest first. */
  public List<LegalHold> inForce() {
    return entityManager
        .createQuery(
            "SELECT h FROM LegalHold h WHERE h.releasedAt IS NULL ORDER BY h.placedAt",
            LegalHold.class)
        .getResultList();
  }

  /** Returns the newest erasure receipts, newest first. */
  public List<ErasureReceipt> latestReceipts(int max) {
    return entityManager
        .createQuery(
            "SELECT r FROM ErasureReceipt r ORDER BY r.erasedAt DESC", ErasureReceipt.class)
        .setMaxResults(max)
        .getResultList();
  }

  /** Runs retention now instead of waiting for the night, and returns how many were erased. */
  public int runNow() {
    return retention.run();
  }

  private String caller() {
    return securityContext.getCallerPrincipal().getName();
  }

  /** The conversation a hold was placed on, which the audit event records. */
  public record PlacedHold(String conversationId) implements AuditedResult {

    @Override
    public String auditedResourceId() {
      return conversationId;
    }
  }
}

package org.clinicchat.breakglass;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.clinicchat.audit.AccessPurpose;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.Audited;
import org.clinicchat.audit.AuditedResource;
import org.clinicchat.crypto.FieldEncryption;
import org.clinicchat.crypto.FieldOpener;
import org.clinicchat.security.Roles;

/**
 * The privacy officer's review of emergency access: every grant stays on the list, with its reason,
 * until a privacy officer other than its holder signs it off with a note. A privacy officer may
 * also end an active grant at once. Reading the list, each sign-off and each end are audited.
 */
@Stateless
@RolesAllowed(Roles.PRIVACY_OFFICER)
public class BreakGlassReview {

  /** Maximum length of a sign-off note, in characters. */
  static final int MAX_NOTE_LENGTH = 2000;

  @PersistenceContext EntityManager entityManager;

  @Inject FieldEncryption fieldEncryption;

  @Inject SecurityContext securityContext;

  private final Clock clock = Clock.systemUTC();

  /** Returns the grants not yet signed off, oldest first, with their reasons. */
  @Audited(
      value = AuditAction.EMERGENCY_ACCESS_REVIEW_READ,
      resourceType = "BreakGlassGrant",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public List<ReviewedGrant> open() {
    Instant now = Instant.now(clock);
    return entityManager
        .createQuery(
            "SELECT g FROM BreakGlassGrant g WHERE g.signedOffAt IS NULL ORDER BY g.grantedAt",
            BreakGlassGrant.class)
        .getResultList()
        .stream()
        .map(grant -> new ReviewedGrant(grant, reason(grant), grant.isActiveAt(now)))
        .toList();
  }

  /**
   * Signs off a grant with a note, which removes it from the review list.
   *
   * @throws InvalidBreakGlassRequestException if the note is blank or too long, the grant is
   *     unknown or signed off already, or it is the caller's own grant
   */
  @Audited(
      value = AuditAction.EMERGENCY_ACCESS_SIGNED_OFF,
      resourceType = "BreakGlassGrant",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public void signOff(@AuditedResource String grantId, String note) {
    String text = note == null ? "" : note.strip();
    if (text.isEmpty()) {
      throw new InvalidBreakGlassRequestException(
          "Note: say whether the emergency justified the access and what you checked.");
    }
    if (text.length() > MAX_NOTE_LENGTH) {
      throw new InvalidBreakGlassRequestException(
          "Note: use at most " + MAX_NOTE_LENGTH + " characters.");
    }
    BreakGlassGrant grant = lockedGrant(grantId);
    if (grant.isSignedOff()) {
      throw new InvalidBreakGlassRequestException(
          "Emergency access grant already signed off by " + grant.getSignedOffBy() + ".");
    }
    String reviewer = securityContext.getCallerPrincipal().getName();
    // Separation of duties: the holder of a grant cannot approve it.
    if (reviewer.equals(grant.getGrantedTo())) {
      throw new InvalidBreakGlassRequestException(
          "You cannot sign off your own emergency access. Another privacy officer must sign it off.");
    }

    String sealed =
        fieldEncryption.sealerFor(grant.getId()).seal(text, grant.signOffNoteLocation());
    grant.signOff(reviewer, sealed, Instant.now(clock));
  }

  /**
   * Ends an active grant now, so its holder can no longer read the conversation. The grant stays on
   * the review list until it is signed off.
   *
   * @throws InvalidBreakGlassRequestException if the grant is unknown or no longer active
   */
  @Audited(
      value = AuditAction.EMERGENCY_ACCESS_ENDED,
      resourceType = "BreakGlassGrant",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public void end(@AuditedResource String grantId) {
    BreakGlassGrant grant = lockedGrant(grantId);
    Instant now = Instant.now(clock);
    if (!grant.isActiveAt(now)) {
      throw new InvalidBreakGlassRequestException(
          "This emergency access already ended at " + grant.getExpiresAt() + ".");
    }
    grant.endAt(now);
  }

  private BreakGlassGrant lockedGrant(String grantId) {
    BreakGlassGrant grant =
        grantId == null
            ? null
            : entityManager.find(BreakGlassGrant.class, grantId, LockModeType.PESSIMISTIC_WRITE);
    if (grant == null) {
      throw new InvalidBreakGlassRequestException("Emergency access grant not found.");
    }
    return grant;
  }

  private String reason(BreakGlassGrant grant) {
    FieldOpener opener = fieldEncryption.openerFor(grant.getId());
    return opener.open(grant.getReason(), grant.reasonLocation());
  }
}

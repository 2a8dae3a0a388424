package org.clinicchat.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.clinicchat.security.Roles;

/** Appends audit events to the hash chain. */
@ApplicationScoped
public class AuditTrail {

  /** The actor of events that the server records on its own, such as a scheduled verification. */
  public static final String SYSTEM_ACTOR = "system";

  /**
   * The role of {@link #SYSTEM_ACTOR}. A thread without a request, such as a managed executor's,
   * has no security context to ask for a role.
   */
  static final String SYSTEM_ROLE = "SYSTEM";

  private static final Set<String> STAFF_ROLES = Set.copyOf(Roles.STAFF);

  /**
   * Sign-in events keep the client address although the caller has no role yet: they come from the
   * staff sign-in forms, never from a patient. The failed-login alert counts them per address, and
   * a rejected code after a correct password must be traceable to where it came from.
   */
  private static final Set<AuditAction> LOGIN_ACTIONS =
      Set.of(
          AuditAction.LOGIN_SUCCEEDED,
          AuditAction.LOGIN_FAILED,
          AuditAction.LOGIN_REJECTED_LOCKED,
          AuditAction.ACCOUNT_LOCKED,
          AuditAction.PASSWORD_VERIFIED,
          AuditAction.MFA_ENROLLED,
          AuditAction.MFA_SUCCEEDED,
          AuditAction.MFA_FAILED,
          AuditAction.RECOVERY_CODE_USED,
          AuditAction.SSO_LOGIN_SUCCEEDED,
          AuditAction.SSO_LOGIN_FAILED,
          AuditAction.SSO_LOGIN_REJECTED_NO_MFA,
          AuditAction.SSO_ROLE_UNMAPPED);

  @PersistenceContext EntityManager entityManager;

  @Inject Actor actor;

  @Inject RequestClient requestClient;

  @Inject AuditKeyring keyring;

  @Inject Event<AuditRecorded> recorded;

  private final Clock clock = Clock.systemUTC();

  /**
   * Stores an event for a call of an {@link Audited} method in its own transaction, so that a
   * failed call, whose transaction rolls back, still leaves its event.
   *
   * @param actorName the actor that the call itself established, or null for the caller
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void record(Audited audited, String resourceId, AuditOutcome outcome, String actorName) {
    append(
        audited.value(),
        audited.resourceType(),
        resourceId,
        audited.purpose(),
        outcome,
        actorName == null ? actor.name() : actorName,
        actor.role());
  }

  /**
   * Stores an event for a call that is not an {@link Audited} method, such as a login, in its own
   * transaction.
   *
   * @param actorName the actor that the call established, or null for the caller
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void record(
      AuditAction action,
      String resourceType,
      String resourceId,
      AccessPurpose purpose,
      AuditOutcome outcome,
      String actorName) {
    append(
        action,
        resourceType,
        resourceId,
        purpose,
        outcome,
        actorName == null ? actor.name() : actorName,
        actor.role());
  }

  /**
   * Stores an event that the server records on its own, with {@link #SYSTEM_ACTOR} as actor. It may
   * run on a thread without a request, so it activates a request context when none is active.
   */
  @ActivateRequestContext
  @Transactional(TxType.REQUIRES_NEW)
  public void recordSystemEvent(AuditAction action, String resourceType, AuditOutcome outcome) {
    append(
        action,
        resourceType,
        null,
        AccessPurpose.HEALTHCARE_OPERATIONS,
        outcome,
        SYSTEM_ACTOR,
        SYSTEM_ROLE);
  }

  /** Stores an event that the server records on its own about one resource, such as a timeout. */
  @ActivateRequestContext
  @Transactional(TxType.REQUIRES_NEW)
  public void recordSystemEvent(
      AuditAction action, String resourceType, String resourceId, AuditOutcome outcome) {
    append(
        action,
        resourceType,
        resourceId,
        AccessPurpose.HEALTHCARE_OPERATIONS,
        outcome,
        SYSTEM_ACTOR,
        SYSTEM_ROLE);
  }

  private void append(
      AuditAction action,
      String resourceType,
      String resourceId,
      AccessPurpose purpose,
      AuditOutcome outcome,
      String actorName,
      String role) {
    // The lock serialises appends until this transaction commits, so the next append reads this
    // event as the head.
    AuditChainHead head =
        entityManager.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
    if (head == null) {
      throw new IllegalStateException("The audit chain head row is missing; restart to create it");
    }

    ClientDetails client = requestClient.details();
    AuditEvent event =
        new AuditEvent(
            head.nextSequence(),
            // Microseconds, which the occurred_at column stores exactly, so the hash still matches
            // the time read back.
            Instant.now(clock).truncatedTo(ChronoUnit.MICROS),
            actorName,
            role,
            action,
            resourceType,
            resourceId,
            purpose,
            outcome,
            keepsAddress(action, role) ? client : client.withoutAddress());
    event.seal(keyring.newSeal().seal(event.toRecord(), head.getLastHash()));

    head.advance(event);
    entityManager.persist(event);
    recorded.fire(new AuditRecorded(event.toRecord()));
  }

  private static boolean keepsAddress(AuditAction action, String role) {
    return STAFF_ROLES.contains(role) || LOGIN_ACTIONS.contains(action);
  }
}

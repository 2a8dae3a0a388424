package org.clinicchat.staff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.clinicchat.audit.AccessPurpose;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.AuditOutcome;
import org.clinicchat.audit.Audited;
import org.clinicchat.security.LoginLockout;
import org.clinicchat.security.Roles;
import org.clinicchat.security.SsoAccount;

/**
 * The periodic review of staff access, part of the workforce security and access management that
 * the HIPAA Security Rule requires. It lists who has which role, who can sign in, and who has not
 * signed in for {@value #DORMANT_DAYS} days, so that unused accounts can be disabled. Reading it is
 * audited.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.PRIVACY_OFFICER})
public class AccessReview {

  /** Days without a completed sign-in after which an account is marked dormant. */
  public static final int DORMANT_DAYS = 90;

  private static final List<AuditAction> SIGN_IN_ACTIONS =
      List.of(AuditAction.MFA_SUCCEEDED, AuditAction.RECOVERY_CODE_USED, AuditAction.MFA_ENROLLED);

  @PersistenceContext EntityManager entityManager;

  @Inject LoginLockout lockout;

  private final Clock clock = Clock.systemUTC();

  /** Returns every staff account with its access, by user name. */
  @Audited(
      value = AuditAction.ACCESS_REVIEW_READ,
      resourceType = "StaffAccount",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public List<StaffAccess> accounts() {
    Instant dormantBefore = Instant.now(clock).minus(Duration.ofDays(DORMANT_DAYS));
    Map<String, Instant> lastSignIns = lastSignIns();
    Map<String, Long> lockouts = lockoutsSince(dormantBefore);
    Set<String> enrolled =
        new HashSet<>(
            entityManager
                .createQuery("SELECT t.username FROM TotpEnrolment t", String.class)
                .getResultList());
    List<StaffAccess> local = localAccounts(lastSignIns, lockouts, enrolled, dormantBefore);
    return Stream.concat(local.stream(), singleSignOnAccounts(dormantBefore).stream()).toList();
  }

  private List<StaffAccess> localAccounts(
      Map<String, Instant> lastSignIns,
      Map<String, Long> lockouts,
      Set<String> enrolled,
      Instant dormantBefore) {
    return entityManager
        .createQuery("SELECT a FROM StaffAccount a ORDER BY a.username", StaffAccount.class)
        .getResultList()
        .stream()
        .map(
            account -> {
              Instant last = lastSignIns.get(account.getUsername());
              Instant since = last != null ? last : account.getCreatedAt();
              return new StaffAccess(
                  account.getUsername(),
                  Roles.STAFF.stream().filter(account.getRoles()::contains).toList(),
                  account.isEnabled(),
                  enrolled.contains(account.getUsername()),
                  account.getCreatedAt(),
                  last,
                  account.isEnabled() && since.isBefore(dormantBefore),
                  lockouts.getOrDefault(account.getUsername(), 0L).intValue(),
                  lockout.lockedUntil(account.getUsername()),
                  false);
            })
        .toList();
  }

  private Map<String, Long> lockoutsSince(Instant since) {
    List<Object[]> rows =
        entityManager
            .createQuery(
                "SELECT e.actor, COUNT(e) FROM AuditEvent e WHERE e.action = :locked"
                    + " AND e.occurredAt >= :since GROUP BY e.actor",
                Object[].class)
            .setParameter("locked", AuditAction.ACCOUNT_LOCKED)
            .setParameter("since", since)
            .getResultList();
    Map<String, Long> counts = new HashMap<>();
    for (Object[] row : rows) {
      counts.put((String) row[0], (Long) row[1]);
    }
    return counts;
  }

  /**
   * Returns the accounts that signed in through the hospital's identity provider, each with the
   * roles of its last sign-in. The provider enforces their MFA and can disable them, so they count
   * as enabled and enrolled here.
   */
  private List<StaffAccess> singleSignOnAccounts(Instant dormantBefore) {
    return entityManager
        .createQuery("SELECT a FROM SsoAccount a ORDER BY a.staffId", SsoAccount.class)
        .getResultList()
        .stream()
        .map(
            account ->
                new StaffAccess(
                    account.getStaffId(),
                    account.getRoles(),
                    true,
                    true,
                    account.getFirstSignIn(),
                    account.getLastSignIn(),
                    account.getLastSignIn().isBefore(dormantBefore),
                    0,
                    null,
                    true))
        .toList();
  }

  private Map<String, Instant> lastSignIns() {
    List<Object[]> rows =
        entityManager
            .createQuery(
                "SELECT e.actor, MAX(e.occurredAt) FROM AuditEvent e WHERE e.action IN :actions"
                    + " AND e.outcome = :success GROUP BY e.actor",
                Object[].class)
            .setParameter("actions", SIGN_IN_ACTIONS)
            .setParameter("success", AuditOutcome.SUCCESS)
            .getResultList();
    Map<String, Instant> last = new HashMap<>();
    for (Object[] row : rows) {
      last.put((String) row[0], (Instant) row[1]);
    }
    return last;
  }
}

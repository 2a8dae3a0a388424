package org.clinicchat.selfassessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.clinicchat.audit.AuditChainMonitor;
import org.clinicchat.audit.chain.ChainVerification;
import org.clinicchat.breach.ResponseRole;
import org.clinicchat.breach.ResponseTeam;
import org.clinicchat.policy.AcknowledgementRule;
import org.clinicchat.policy.PolicyVersion;
import org.clinicchat.policy.PolicyVersions;
import org.clinicchat.staff.AccessReviewRecord;
import org.clinicchat.staff.AccessReviews;

/**
 * Checks of the safeguards that people keep up: the audit chain, backup restore tests, two-step
 * sign-in, access reviews, policy acknowledgements and the incident response team.
 */
@ApplicationScoped
public class ComplianceChecks {

  /** Maximum time between two backup restore tests. */
  static final Period RESTORE_TEST_INTERVAL = Period.ofYears(1);

  @PersistenceContext EntityManager entityManager;

  @Inject AuditChainMonitor chain;

  @Inject RestoreTests restoreTests;

  @Inject AccessReviews accessReviews;

  @Inject PolicyVersions policyVersions;

  @Inject ResponseTeam responseTeam;

  private final Clock clock = Clock.systemUTC();

  /** Returns the compliance checks, in the order the page shows them. */
  public List<SecurityCheck> run() {
    return List.of(
        auditChain(),
        restoreTest(),
        twoStepSignIn(),
        accessReview(),
        policyAcknowledgements(),
        responseTeam());
  }

  private SecurityCheck auditChain() {
    String safeguard = "Tamper-evident audit trail";
    ChainVerification result = chain.latestResult();
    return result.intact()
        ? SecurityCheck.pass("audit-chain", safeguard, result.summary())
        : SecurityCheck.fail(
            "audit-chain",
            safeguard,
            result.summary(),
            "Treat this as a security incident: record it in the breach incident register and"
                + " compare the audit trail with the exported copies and signed checkpoints.");
  }

  private SecurityCheck restoreTest() {
    String safeguard = "Backup restore tested within a year";
    String remedy =
        "Restore the latest database backup and keystore onto a test server, check that a"
            + " transcript opens, and record the test below.";
    Optional<RestoreTest> latest = restoreTests.latest();
    if (latest.isEmpty()) {
      return SecurityCheck.fail("restore-test", safeguard, "No restore test is recorded.", remedy);
    }
    LocalDate testedOn = latest.get().getTestedOn();
    String finding = "The last restore test was on " + testedOn + ".";
    return testedOn.plus(RESTORE_TEST_INTERVAL).isBefore(LocalDate.now(clock))
        ? SecurityCheck.fail("restore-test", safeguard, finding, remedy)
        : SecurityCheck.pass("restore-test", safeguard, finding);
  }

  private SecurityCheck twoStepSignIn() {
    String safeguard = "Two-step sign-in on every enabled account";
    List<String> without =
        entityManager
            .createQuery(
                "SELECT a.username FROM StaffAccount a WHERE a.enabled = true AND a.username NOT IN"
                    + " (SELECT t.username FROM TotpEnrolment t) ORDER BY a.username",
                String.class)
            .getResultList();
    if (without.isEmpty()) {
      return SecurityCheck.pass(
          "two-step-sign-in", safeguard, "Every enabled account has set up two-step sign-in.");
    }
    return SecurityCheck.fail(
        "two-step-sign-in",
        safeguard,
        "Enabled accounts without two-step sign-in: " + String.join(", ", without) + ".",
        "Ask these staff members to sign in and set up their authenticator app, or disable the"
            + " accounts on the Staff accounts page.");
  }

  private SecurityCheck accessReview() {
    String safeguard = "Periodic access review";
    Optional<AccessReviewRecord> latest = accessReviews.latest();
    String finding =
        latest
            .map(
                last ->
                    "The last access review was on "
                        + LocalDate.ofInstant(last.getReviewedAt(), clock.getZone())
                        + "; the next is due on "
                        + last.getNextDueOn()
                        + ".")
            .orElse("No access review is recorded.");
    return accessReviews.isDue()
        ? SecurityCheck.fail(
            "access-review",
            safeguard,
            finding,
            "A privacy officer reviews the accounts on the Access review page and records the"
                + " review there.")
        : SecurityCheck.pass("access-review", safeguard, finding);
  }

  private SecurityCheck policyAcknowledgements() {
    String safeguard = "Policy acknowledged by every enabled account within a year";
    Optional<PolicyVersion> current = policyVersions.current();
    if (current.isEmpty()) {
      return SecurityCheck.fail(
          "policy-acknowledgement",
          safeguard,
          "No privacy and security policy is published.",
          "The privacy officer publishes the clinic's policy on the Privacy policy page.");
    }
    List<String> overdue = overdueAccounts(current.get().getNumber());
    if (overdue.isEmpty()) {
      return SecurityCheck.pass(
          "policy-acknowledgement",
          safeguard,
          "Every enabled account acknowledged policy version "
              + current.get().getNumber()
              + " within a year.");
    }
    return SecurityCheck.fail(
        "policy-acknowledgement",
        safeguard,
        "Accounts that have not acknowledged policy version "
            + current.get().getNumber()
            + " within a year: "
            + String.join(", ", overdue)
            + ".",
        "These staff members are asked to acknowledge the policy at their next sign-in; remind"
            + " them, or disable accounts no longer in use.");
  }

  private SecurityCheck responseTeam() {
    String safeguard =
        "Incident response team with a lead, a privacy officer and a security officer";
    Set<ResponseRole> missing = responseTeam.missingRoles();
    if (missing.isEmpty()) {
      return SecurityCheck.pass(
          "response-team", safeguard, "Every required role of the team has a contact.");
    }
    return SecurityCheck.fail(
        "response-team",
        safeguard,
        "Roles without a contact: "
            + missing.stream().map(ResponseRole::label).collect(Collectors.joining(", "))
            + ".",
        "The privacy officer adds the members on the Incident response team page, linked from"
            + " Breach incidents.");
  }

  private List<String> overdueAccounts(int version) {
    Map<String, Instant> acknowledged = new HashMap<>();
    for (Object[] row :
        entityManager
            .createQuery(
                "SELECT p.staffUser, MAX(p.acknowledgedAt) FROM PolicyAcknowledgement p"
                    + " WHERE p.version = :version GROUP BY p.staffUser",
                Object[].class)
            .setParameter("version", version)
            .getResultList()) {
      acknowledged.put((String) row[0], (Instant) row[1]);
    }
    AcknowledgementRule rule = new AcknowledgementRule(clock);
    return entityManager
        .createQuery(
            "SELECT a.username FROM StaffAccount a WHERE a.enabled = true ORDER BY a.username",
            String.class)
        .getResultList()
        .stream()
        .filter(username -> rule.isDue(acknowledged.get(username)))
        .toList();
  }
}

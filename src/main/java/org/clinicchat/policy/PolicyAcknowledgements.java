package org.clinicchat.policy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.clinicchat.audit.AccessPurpose;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.Audited;
import org.clinicchat.audit.AuditedResource;
import org.clinicchat.security.Roles;

/**
 * The caller's acknowledgements of the policy: whether one is due under {@link
 * AcknowledgementRule}, and recording one, which is audited with the version as resource id.
 */
@Stateless
@RolesAllowed({
  Roles.ADMIN,
  Roles.PRIVACY_OFFICER,
  Roles.CLINICIAN,
  Roles.FRONT_DESK,
  Roles.AUDITOR
})
public class PolicyAcknowledgements {

  @PersistenceContext EntityManager entityManager;

  @Inject PolicyVersions versions;

  @Inject SecurityContext securityContext;

  private final Clock clock = Clock.systemUTC();

  /** Returns whether the caller must acknowledge the current version before reading PHI. */
  public boolean isDue() {
    Optional<PolicyVersion> current = versions.current();
    if (current.isEmpty()) {
      // Only before the start seeded version 1, which the deployment waits for.
      return false;
    }
    return new AcknowledgementRule(clock).isDue(lastAcknowledged(current.get().getNumber()));
  }

  /** Returns when the caller last acknowledged a version, or null if never. */
  public Instant lastAcknowledged(int version) {
    return entityManager
        .createQuery(
            "SELECT MAX(a.acknowledgedAt) FROM PolicyAcknowledgement a"
                + " WHERE a.staffUser = :user AND a.version = :version",
            Instant.class)
        .setParameter("user", caller())
        .setParameter("version", version)
        .getSingleResult();
  }

  /**
   * Records that the caller read and accepts a version of the policy.
   *
   * @throws InvalidPolicyException if the version is not the current one, because a newer one was
   *     published since the page was shown
   */
  @Audited(
      value = AuditAction.POLICY_ACKNOWLEDGED,
      resourceType = "PrivacyPolicy",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public void acknowledge(@AuditedResource int version) {
    int current = versions.current().map(PolicyVersion::getNumber).orElse(0);
    if (version != current) {
      throw new InvalidPolicyException(
          "Version " + version + " is not the current policy: read version " + current + ".");
    }
    entityManager.persist(new PolicyAcknowledgement(caller(), version, Instant.now(clock)));
  }

  private String caller() {
    return securityContext.getCallerPrincipal().getName();
  }
}

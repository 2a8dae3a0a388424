package org.clinicchat.policy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.clinicchat.audit.AccessPurpose;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.Audited;
import org.clinicchat.security.Roles;

/**
 * The versions of the privacy and security policy: every staff member reads the current one, and
 * only the privacy officer publishes a new one, which is audited.
 */
@Stateless
@RolesAllowed({
  Roles.ADMIN,
  Roles.PRIVACY_OFFICER,
  Roles.CLINICIAN,
  Roles.FRONT_DESK,
  Roles.AUDITOR
})
public class PolicyVersions {

  /** Maximum length of a policy text, in characters; the TEXT column holds 65,535 bytes. */
  static final int MAX_TEXT_LENGTH = 20_000;

  private static final Logger LOG = Logger.getLogger(PolicyVersions.class.getName());

  @PersistenceContext EntityManager entityManager;

  @Inject SecurityContext securityContext;

  private final Clock clock = Clock.systemUTC();

  /** Returns the newest version, or empty before the first start seeded version 1. */
  public Optional<PolicyVersion> current() {
    return entityManager
        .createQuery("SELECT v FROM PolicyVersion v ORDER BY v.number DESC", PolicyVersion.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** Returns every version, newest first. */
  public List<PolicyVersion> history() {
    return entityManager
        .createQuery("SELECT v FROM PolicyVersion v ORDER BY v.number DESC", PolicyVersion.class)
        .getResultList();
  }

  /**
   * Publishes a text as the next version, which every staff member must acknowledge before their
   * next access to PHI.
   *
   * @throws InvalidPolicyException if the text is blank or longer than {@link #MAX_TEXT_LENGTH}
   */
  @RolesAllowed(Roles.PRIVACY_OFFICER)
  @Audited(
      value = AuditAction.POLICY_PUBLISHED,
      resourceType = "PrivacyPolicy",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public PolicyVersion publish(String text) {
    String checked = text == null ? "" : text.strip();
    if (checked.isEmpty()) {
      throw new InvalidPolicyException("Policy: enter the text staff must read and acknowledge.");
    }
    if (checked.length() > MAX_TEXT_LENGTH) {
      throw new InvalidPolicyException("Policy: use at most " + MAX_TEXT_LENGTH + " characters.");
    }
    int next = current().map(PolicyVersion::getNumber).orElse(0) + 1;
    PolicyVersion version =
        new PolicyVersion(
            next, checked, securityContext.getCallerPrincipal().getName(), Instant.now(clock));
    entityManager.persist(version);
    LOG.info(() -> "Published privacy policy version " + next);
    return version;
  }
}

package org.clinicchat.selfassessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.clinicchat.audit.AccessPurpose;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.Audited;
import org.clinicchat.security.Roles;

/** Runs every safeguard check for an administrator or privacy officer; each run is audited. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.PRIVACY_OFFICER})
public class SelfAssessment {

  @Inject ConfigurationChecks configuration;

  @Inject ComplianceChecks compliance;

  /** Returns the results of every check, configuration first. */
  @Audited(
      value = AuditAction.SELF_ASSESSMENT_RUN,
      resourceType = "SelfAssessment",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public List<SecurityCheck> run(ClientConnection connection) {
    List<SecurityCheck> checks = new ArrayList<>(configuration.run(connection));
    checks.addAll(compliance.run());
    return checks;
  }
}

package org.clinicchat.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.List;
import org.clinicchat.security.Roles;

/**
 * The caller of the current request as the audit trail names it: a visitor pseudonym for a patient,
 * the user name for staff, {@code anonymous} otherwise.
 */
@RequestScoped
public class Actor {

  private static final List<String> ROLES_BY_PRECEDENCE =
      List.of(
          Roles.ADMIN,
          Roles.PRIVACY_OFFICER,
          Roles.AUDITOR,
          Roles.CLINICIAN,
          Roles.FRONT_DESK,
          Roles.PATIENT);

  @Inject SecurityContext securityContext;

  /** Returns the caller's name, or {@code anonymous}. */
  public String name() {
    Principal principal = securityContext.getCallerPrincipal();
    return principal == null ? "anonymous" : principal.getName();
  }

  /** Returns the caller's most privileged role, or {@code NONE}. */
  public String role() {
    return ROLES_BY_PRECEDENCE.stream()
        .filter(securityContext::isCallerInRole)
        .findFirst()
        .orElse("NONE");
  }
}

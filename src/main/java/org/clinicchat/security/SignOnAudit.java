package org.clinicchat.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Audits the steps of a sign-in through the hospital's identity provider, keyed by the staff
 * identity that {@link StaffClaims#staffId()} derives, or by {@value #UNKNOWN_CALLER} when no
 * verified token names the caller.
 */
@ApplicationScoped
public class SignOnAudit {

  static final String UNKNOWN_CALLER = "unknown-sso-caller";

  @Inject SignInEvents events;

  void signedIn(String staffId) {
    events.ssoSignedIn(staffId);
  }

  void failed() {
    events.ssoFailed(UNKNOWN_CALLER);
  }

  void rejectedWithoutMfa(String staffId) {
    events.ssoRejectedWithoutMfa(staffId);
  }

  void roleUnmapped(String staffId) {
    events.ssoRoleUnmapped(staffId);
  }
}

package org.clinicchat.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.clinicchat.audit.AccessPurpose;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.AuditOutcome;
import org.clinicchat.audit.AuditTrail;

/**
 * Audits the steps of a sign-in through the hospital's identity provider, keyed by the staff
 * identity that {@link StaffClaims#staffId()} derives, or by {@value #UNKNOWN_CALLER} when no
 * verified token names the caller.
 */
@ApplicationScoped
public class SignOnAudit {

  static final String RESOURCE_TYPE = "SsoAccount";
  static final String UNKNOWN_CALLER = "unknown-sso-caller";

  @Inject AuditTrail auditTrail;

  void signedIn(String staffId) {
    record(AuditAction.SSO_LOGIN_SUCCEEDED, staffId, AuditOutcome.SUCCESS);
  }

  void failed() {
    record(AuditAction.SSO_LOGIN_FAILED, UNKNOWN_CALLER, AuditOutcome.FAILURE);
  }

  void rejectedWithoutMfa(String staffId) {
    record(AuditAction.SSO_LOGIN_REJECTED_NO_MFA, staffId, AuditOutcome.FAILURE);
  }

  void roleUnmapped(String staffId) {
    record(AuditAction.SSO_ROLE_UNMAPPED, staffId, AuditOutcome.FAILURE);
  }

  private void record(AuditAction action, String staffId, AuditOutcome outcome) {
    auditTrail.record(
        action, RESOURCE_TYPE, staffId, AccessPurpose.HEALTHCARE_OPERATIONS, outcome, staffId);
  }
}

package org.clinicchat.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.clinicchat.audit.AccessPurpose;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.AuditOutcome;
import org.clinicchat.audit.Audited;
import org.clinicchat.audit.AuditedActor;
import org.clinicchat.audit.AuditedResource;

/**
 * The audited steps of staff sign-in and sign-out. Each method records one event through the {@link
 * Audited} binding, keyed and attributed to the account it names, because the security context has
 * no caller yet while a sign-in runs. A method that returns {@link AuditOutcome#FAILURE} records a
 * failure. Callers pass only a name that may be recorded: an existing account, or a placeholder
 * such as {@code unknown-user}.
 */
@ApplicationScoped
public class SignInEvents {

  static final String STAFF_ACCOUNT = "StaffAccount";
  static final String SSO_ACCOUNT = "SsoAccount";

  @Audited(
      value = AuditAction.PASSWORD_VERIFIED,
      resourceType = STAFF_ACCOUNT,
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public void passwordVerified(@AuditedResource @AuditedActor String username) {}

  @Audited(
      value = AuditAction.LOGIN_FAILED,
      resourceType = STAFF_ACCOUNT,
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public AuditOutcome loginFailed(@AuditedResource @AuditedActor String username) {
    return AuditOutcome.FAILURE;
  }

  @Audited(
      value = AuditAction.LOGIN_REJECTED_LOCKED,
      resourceType = STAFF_ACCOUNT,
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public AuditOutcome rejectedWhileLocked(@AuditedResource @AuditedActor String username) {
    return AuditOutcome.FAILURE;
  }

  @Audited(
      value = AuditAction.ACCOUNT_LOCKED,
      resourceType = STAFF_ACCOUNT,
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public void accountLocked(@AuditedResource @AuditedActor String username) {}

  @Audited(
      value = AuditAction.MFA_ENROLLED,
      resourceType = STAFF_ACCOUNT,
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public void mfaEnrolled(@AuditedResource @AuditedActor String username) {}

  @Audited(
      value = AuditAction.MFA_SUCCEEDED,
      resourceType = STAFF_ACCOUNT,
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public void mfaSucceeded(@AuditedResource @AuditedActor String username) {}

  @Audited(
      value = AuditAction.RECOVERY_CODE_USED,
      resourceType = STAFF_ACCOUNT,
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public void recoveryCodeUsed(@AuditedResource @AuditedActor String username) {}

  @Audited(
      value = AuditAction.MFA_FAILED,
      resourceType = STAFF_ACCOUNT,
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public AuditOutcome mfaFailed(@AuditedResource @AuditedActor String username) {
    return AuditOutcome.FAILURE;
  }

  @Audited(
      value = AuditAction.LOGOUT,
      resourceType = STAFF_ACCOUNT,
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public void loggedOut(@AuditedResource @AuditedActor String username) {}

  @Audited(
      value = AuditAction.SSO_LOGIN_SUCCEEDED,
      resourceType = SSO_ACCOUNT,
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public void ssoSignedIn(@AuditedResource @AuditedActor String staffId) {}

  @Audited(
      value = AuditAction.SSO_LOGIN_FAILED,
      resourceType = SSO_ACCOUNT,
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public AuditOutcome ssoFailed(@AuditedResource @AuditedActor String staffId) {
    return AuditOutcome.FAILURE;
  }

  @Audited(
      value = AuditAction.SSO_LOGIN_REJECTED_NO_MFA,
      resourceType = SSO_ACCOUNT,
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public AuditOutcome ssoRejectedWithoutMfa(@AuditedResource @AuditedActor String staffId) {
    return AuditOutcome.FAILURE;
  }

  @Audited(
      value = AuditAction.SSO_ROLE_UNMAPPED,
      resourceType = SSO_ACCOUNT,
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public AuditOutcome ssoRoleUnmapped(@AuditedResource @AuditedActor String staffId) {
    return AuditOutcome.FAILURE;
  }
}

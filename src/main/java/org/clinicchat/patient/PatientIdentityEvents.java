package org.clinicchat.patient;

import jakarta.enterprise.context.ApplicationScoped;
import org.clinicchat.audit.AccessPurpose;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.AuditOutcome;
import org.clinicchat.audit.Audited;
import org.clinicchat.audit.AuditedResource;

/**
 * The audited reads and verifications of patient identities that {@link PatientIdentities} makes
 * one candidate at a time, each recorded through the {@link Audited} binding under the caller. A
 * method that returns {@link AuditOutcome#FAILURE} records a failure.
 */
@ApplicationScoped
public class PatientIdentityEvents {

  static final String RESOURCE_TYPE = "PatientIdentity";

  @Audited(
      value = AuditAction.PATIENT_IDENTITY_LOOKED_UP,
      resourceType = RESOURCE_TYPE,
      purpose = AccessPurpose.TREATMENT)
  public void lookedUp(@AuditedResource String patientId) {}

  @Audited(
      value = AuditAction.DECRYPTION_FAILED,
      resourceType = RESOURCE_TYPE,
      purpose = AccessPurpose.TREATMENT)
  public AuditOutcome decryptionFailed(@AuditedResource String patientId) {
    return AuditOutcome.FAILURE;
  }

  @Audited(
      value = AuditAction.PATIENT_IDENTITY_VERIFIED,
      resourceType = RESOURCE_TYPE,
      purpose = AccessPurpose.TREATMENT)
  public void verified(@AuditedResource String patientId) {}

  /** Records a verification that matched no patient, so it names none. */
  @Audited(
      value = AuditAction.PATIENT_IDENTITY_VERIFIED,
      resourceType = RESOURCE_TYPE,
      purpose = AccessPurpose.TREATMENT)
  public AuditOutcome notVerified() {
    return AuditOutcome.FAILURE;
  }
}

package org.clinicchat.patient;

import org.clinicchat.audit.AuditedResult;

/** A patient identity just registered, whose id the audit event records. */
public record RegisteredPatient(String patientId) implements AuditedResult {

  @Override
  public String auditedResourceId() {
    return patientId;
  }
}

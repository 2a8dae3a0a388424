package org.clinicchat.crypto;

import org.clinicchat.audit.AuditedResult;

/** The job execution of a key rotation just started, whose id the audit event records. */
public record RotationStarted(long executionId) implements AuditedResult {

  @Override
  public String auditedResourceId() {
    return Long.toString(executionId);
  }
}

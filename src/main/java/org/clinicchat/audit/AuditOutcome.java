package org.clinicchat.audit;

/**
 * Whether an audited call completed or threw. An {@link Audited} method that returns one records it
 * as the outcome of the call.
 */
public enum AuditOutcome implements AuditedOutcome {
  SUCCESS,
  FAILURE;

  @Override
  public AuditOutcome auditedOutcome() {
    return this;
  }
}

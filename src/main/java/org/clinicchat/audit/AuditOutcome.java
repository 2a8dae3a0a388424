package org.clinicchat.audit;

/** Whether an audited call completed or threw. */
public enum AuditOutcome {
  SUCCESS,
  FAILURE
}

package org.clinicchat.audit;

/**
 * A result of an {@link Audited} method that reports whether the call succeeded, for calls that
 * report a failure by their return value rather than by throwing, such as a chain verification that
 * finds the chain broken. Plain Java, so that the offline verifier's classes may implement it.
 */
public interface AuditedOutcome {

  /** Returns the outcome to record for the call that returned this result. */
  AuditOutcome auditedOutcome();
}

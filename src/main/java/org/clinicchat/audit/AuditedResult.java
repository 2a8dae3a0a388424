package org.clinicchat.audit;

/**
 * A result of an {@link Audited} method that created a resource, whose id the audit event records
 * when no parameter names one.
 */
public interface AuditedResult {

  /** Returns the opaque id of the resource created. */
  String auditedResourceId();

  /**
   * Returns the actor to record when the call itself established who the caller is, such as a new
   * visitor pseudonym, or {@code null} to record the authenticated caller.
   */
  default String auditedActor() {
    return null;
  }
}

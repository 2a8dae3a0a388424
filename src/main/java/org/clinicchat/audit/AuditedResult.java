package org.clinicchat.audit;

/**
 * A result of an {@link Audited} method that created a resource, whose id the audit event records
 * when no parameter names one.
 */
public interface AuditedResult {

  /** Returns the opaque id of the resource created. */
  String auditedResourceId();
}

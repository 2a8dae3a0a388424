package org.clinicchat.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.clinicchat.security.Roles;

/** Reads the audit trail for auditors and administrators; every read is itself audited. */
@Stateless
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
public class AuditTrailReader {

  @Inject AuditTrail auditTrail;

  /** Returns the newest events first, at most {@code limit} of them. */
  @Audited(value = AuditAction.AUDIT_TRAIL_READ, resourceType = "AuditTrail")
  public List<AuditEvent> newest(int limit) {
    return auditTrail.newest(limit);
  }
}

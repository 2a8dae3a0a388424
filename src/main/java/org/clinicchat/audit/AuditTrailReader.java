package org.clinicchat.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Writer;
import org.clinicchat.audit.chain.ChainVerification;
import org.clinicchat.security.Roles;

/**
 * The audit trail for auditors and administrators: search, export and chain verification. Every
 * call is itself audited.
 */
@Stateless
@RolesAllowed({Roles.AUDITOR, Roles.PRIVACY_OFFICER, Roles.ADMIN})
public class AuditTrailReader {

  @Inject AuditEvents events;

  @Inject AuditChainVerification verification;

  /** Returns a page of the events that match, newest first. */
  @Audited(
      value = AuditAction.AUDIT_TRAIL_READ,
      resourceType = "AuditTrail",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public AuditPage search(AuditQuery query, int page) {
    return events.search(query, page);
  }

  /**
   * Writes the events that match, oldest first, in the format. Runs without a transaction, so each
   * batch is read and released on its own.
   */
  @Audited(
      value = AuditAction.AUDIT_TRAIL_EXPORTED,
      resourceType = "AuditTrail",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void export(AuditQuery query, ExportFormat format, Writer out) throws IOException {
    AuditExport.write(events.matchingOldestFirst(query), format, out);
  }

  /** Verifies the whole chain with the audit key. */
  @Audited(
      value = AuditAction.AUDIT_CHAIN_VERIFIED,
      resourceType = "AuditTrail",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ChainVerification verifyChain() {
    return verification.verify();
  }
}

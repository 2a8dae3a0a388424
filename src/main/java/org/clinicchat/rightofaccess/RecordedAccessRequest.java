package org.clinicchat.rightofaccess;

import org.clinicchat.audit.AuditedResult;

/** The id of an access request just recorded, which the audit event names. */
public record RecordedAccessRequest(String id) implements AuditedResult {

  @Override
  public String auditedResourceId() {
    return id;
  }
}

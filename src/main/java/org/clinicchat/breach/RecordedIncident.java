package org.clinicchat.breach;

import org.clinicchat.audit.AuditedResult;

/** The id of an incident just recorded, which the audit event names. */
public record RecordedIncident(String id) implements AuditedResult {

  @Override
  public String auditedResourceId() {
    return id;
  }
}

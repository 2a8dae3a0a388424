package org.clinicchat.consent;

import org.clinicchat.audit.AuditedResult;

/** A consent just recorded: its id, the new visitor pseudonym and the purpose. */
public record GrantedConsent(String consentId, String visitor, Purpose purpose)
    implements AuditedResult {

  @Override
  public String auditedResourceId() {
    return consentId;
  }

  @Override
  public String auditedActor() {
    return visitor;
  }
}

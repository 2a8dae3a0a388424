package org.clinicchat.appointment;

import java.time.Instant;
import org.clinicchat.audit.AuditedResult;

/**
 * An identity check whose code was emailed.
 *
 * @param id the check's id, which the confirmation and later calls name
 * @param expiresAt when the code stops working
 */
public record StartedCheck(String id, Instant expiresAt) implements AuditedResult {

  @Override
  public String auditedResourceId() {
    return id;
  }
}

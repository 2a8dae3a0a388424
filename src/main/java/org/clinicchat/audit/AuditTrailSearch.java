package org.clinicchat.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs the audit-trail page: the newest events, newest first. */
@Named
@RequestScoped
public class AuditTrailSearch {

  static final int PAGE_SIZE = 200;

  @Inject AuditTrailReader reader;

  private List<AuditEvent> events;

  /** Returns the events shown, read once per request. */
  public List<AuditEvent> getEvents() {
    if (events == null) {
      events = reader.newest(PAGE_SIZE);
    }
    return events;
  }
}

package org.clinicchat.audit;

import java.util.List;

/** One page of search results, newest first; {@code number} counts from 0. */
public record AuditPage(List<AuditEvent> events, int number, boolean hasNext) {

  public boolean hasPrevious() {
    return number > 0;
  }
}

package org.clinicchat.alert;

import java.time.Instant;
import org.clinicchat.audit.AuditAction;

/**
 * Counts earlier audit events for the rules that look at a time window. Both bounds and the
 * sequence limit are inclusive, so an event counts itself.
 */
public interface EventHistory {

  /** Counts the events of an action by an actor in {@code [from, to]} up to a sequence number. */
  long countByActor(
      AuditAction action, String actor, Instant from, Instant to, long throughSequence);

  /** Counts the events of an action from a client address in {@code [from, to]}. */
  long countByAddress(
      AuditAction action, String address, Instant from, Instant to, long throughSequence);
}

package org.clinicchat.breach;

import java.time.Instant;

/**
 * A patient record that the audit trail shows was accessed, or could have been.
 *
 * @param conversationId the conversation accessed
 * @param pseudonym the visitor pseudonym that started it, or null if the trail read has no start
 * @param accesses how many successful accesses the trail records; 0 when it was only reachable
 * @param lastAccess the last of them, or null when it was only reachable
 */
public record AffectedPatient(
    String conversationId, String pseudonym, int accesses, Instant lastAccess) {

  /** Returns how the register names the patient: the pseudonym, else the conversation id. */
  public String reference() {
    return pseudonym != null ? pseudonym : conversationId;
  }
}

package org.clinicchat.audit.chain;

import java.time.Instant;

/**
 * One audit event as the chain seals it: the recorded facts, then the seal. The seal is the hash of
 * the previous event, the SHA-256 hash of this event's canonical form (which covers the previous
 * hash), and an HMAC-SHA256 of the same form under the audit key. Hashes are lowercase hex.
 *
 * <p>Text fields may be null, except {@code action} and {@code outcome}; the seal fields are null
 * until the event is sealed.
 */
public record AuditRecord(
    long sequence,
    Instant occurredAt,
    String actor,
    String actorRole,
    String action,
    String resourceType,
    String resourceId,
    String purpose,
    String outcome,
    String clientChannel,
    String clientAddress,
    String clientAgent,
    String previousHash,
    String eventHash,
    String mac) {

  /** Returns a copy with the given seal. */
  public AuditRecord withSeal(String previousHash, String eventHash, String mac) {
    return new AuditRecord(
        sequence,
        occurredAt,
        actor,
        actorRole,
        action,
        resourceType,
        resourceId,
        purpose,
        outcome,
        clientChannel,
        clientAddress,
        clientAgent,
        previousHash,
        eventHash,
        mac);
  }

  /** Returns whether all three seal fields are present. */
  public boolean isSealed() {
    return previousHash != null && eventHash != null && mac != null;
  }
}

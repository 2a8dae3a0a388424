package org.clinicchat.audit.chain;

import java.util.regex.Pattern;

/**
 * A point of the chain known from outside the events: a sequence number and the hash the event with
 * that number must have. The head row of the database and a signed checkpoint are anchors.
 */
public record ChainAnchor(long sequence, String eventHash) {

  private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

  /** Checks that the sequence is not negative and the hash is 64 lowercase hex digits. */
  public ChainAnchor {
    if (sequence < 0) {
      throw new IllegalArgumentException("Anchor sequence must not be negative: " + sequence);
    }
    if (eventHash == null || !HASH.matcher(eventHash).matches()) {
      throw new IllegalArgumentException("Anchor hash must be 64 lowercase hex digits");
    }
  }

  /** The anchor of a chain with no events yet. */
  public static ChainAnchor empty() {
    return new ChainAnchor(0, AuditSeal.GENESIS_HASH);
  }
}

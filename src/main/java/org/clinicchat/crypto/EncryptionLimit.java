package org.clinicchat.crypto;

/**
 * The limit of NIST SP 800-38D section 8.3 for AES-GCM with random 96-bit nonces: at most 2^32
 * encryptions under one key, which keeps the chance of a repeated nonce below 2^-32. Callers count
 * every encryption before making it; past the limit the key must be replaced (rotation), because a
 * repeated nonce reveals the XOR of two plaintexts and lets an attacker forge tags.
 */
final class EncryptionLimit {

  /** Maximum number of encryptions allowed under one key. */
  static final long MAX_ENCRYPTIONS = 1L << 32;

  /** From this count on, every further {@link #WARNING_INTERVAL} encryptions log a warning. */
  static final long WARNING_THRESHOLD = MAX_ENCRYPTIONS - (MAX_ENCRYPTIONS >> 3);

  /** Encryptions between two warnings, so that a busy key does not flood the log. */
  static final long WARNING_INTERVAL = 1L << 20;

  private EncryptionLimit() {}

  /** The outcome of checking a key's encryption count against the limit. */
  enum Check {
    ALLOWED,
    ALLOWED_WITH_WARNING,
    REJECTED
  }

  /** Checks whether {@code added} more encryptions fit after {@code countBefore} ones. */
  static Check check(long countBefore, long added) {
    if (added < 0 || countBefore < 0) {
      throw new IllegalArgumentException("Encryption counts cannot be negative");
    }
    long countAfter = countBefore + added;
    if (countAfter > MAX_ENCRYPTIONS) {
      return Check.REJECTED;
    }
    if (countAfter < WARNING_THRESHOLD) {
      return Check.ALLOWED;
    }
    boolean crossedThreshold = countBefore < WARNING_THRESHOLD;
    boolean crossedInterval = countBefore / WARNING_INTERVAL != countAfter / WARNING_INTERVAL;
    return crossedThreshold || crossedInterval ? Check.ALLOWED_WITH_WARNING : Check.ALLOWED;
  }
}

package org.clinicchat.audit.chain;

import java.util.Iterator;

/**
 * Verifies a chain of audit events read in order, and stops at the first damaged event.
 *
 * <p>The chain must start at the genesis hash and have consecutive sequence numbers. With the audit
 * key, every HMAC is checked; without it, only hashes and links are, which detects careless edits
 * but not a forger who recomputes the hashes. A checkpoint, if given, must match the event with its
 * sequence number; a head, if given, must be the last event.
 */
public final class AuditChainVerifier {

  private final AuditSeal seal;

  /** Creates a verifier that checks HMACs if the seal has the audit key. */
  public AuditChainVerifier(AuditSeal seal) {
    this.seal = seal;
  }

  /**
   * Verifies the events in the order given.
   *
   * @param checkpoint an event the chain must contain, or null
   * @param head the event the chain must end with, or null
   */
  public ChainVerification verify(
      Iterator<AuditRecord> events, ChainAnchor checkpoint, ChainAnchor head) {
    boolean macs = seal.hasKey();
    AuditRecord previous = null;
    String previousHash = AuditSeal.GENESIS_HASH;
    long position = 0;
    while (events.hasNext()) {
      AuditRecord event = events.next();
      position++;
      ChainBreak damage = damage(event, previous, previousHash, checkpoint);
      if (damage != null) {
        return ChainVerification.broken(position - 1, macs, damage, position, event.sequence());
      }
      previous = event;
      previousHash = event.eventHash();
    }

    ChainAnchor last =
        previous == null
            ? ChainAnchor.empty()
            : new ChainAnchor(previous.sequence(), previous.eventHash());
    long next = last.sequence() + 1;
    if (checkpoint != null && last.sequence() < checkpoint.sequence()) {
      return ChainVerification.broken(
          position, macs, ChainBreak.CHECKPOINT_MISMATCH, position + 1, next);
    }
    if (head != null && !head.equals(last)) {
      return ChainVerification.broken(position, macs, ChainBreak.HEAD_MISMATCH, position + 1, next);
    }
    return ChainVerification.intact(position, macs, last);
  }

  private ChainBreak damage(
      AuditRecord event, AuditRecord previous, String previousHash, ChainAnchor checkpoint) {
    if (!event.isSealed()) {
      return ChainBreak.NOT_SEALED;
    }
    long expectedSequence = previous == null ? event.sequence() : previous.sequence() + 1;
    if (previous != null && event.sequence() <= previous.sequence()) {
      return ChainBreak.SEQUENCE_OUT_OF_ORDER;
    }
    if (event.sequence() != expectedSequence) {
      return ChainBreak.SEQUENCE_GAP;
    }
    if (!AuditSeal.sameHex(seal.eventHash(event), event.eventHash())) {
      return ChainBreak.CONTENT_CHANGED;
    }
    if (seal.hasKey() && !AuditSeal.sameHex(seal.mac(event), event.mac())) {
      return ChainBreak.MAC_INVALID;
    }
    if (!AuditSeal.sameHex(previousHash, event.previousHash())) {
      return ChainBreak.LINK_BROKEN;
    }
    if (checkpoint != null
        && checkpoint.sequence() == event.sequence()
        && !AuditSeal.sameHex(checkpoint.eventHash(), event.eventHash())) {
      return ChainBreak.CHECKPOINT_MISMATCH;
    }
    return null;
  }
}

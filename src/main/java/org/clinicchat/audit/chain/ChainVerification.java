package org.clinicchat.audit.chain;

import org.clinicchat.audit.AuditOutcome;
import org.clinicchat.audit.AuditedOutcome;

/**
 * The outcome of verifying a chain. When it is broken, {@code position} (1-based, the line of an
 * export) and {@code sequence} point at the first event found damaged; for a break at the end of
 * the chain they point just past the last event read. An audited verification of a broken chain is
 * recorded as a FAILURE, which the monitoring alerts on.
 */
public record ChainVerification(
    boolean intact,
    long eventsChecked,
    boolean macsChecked,
    ChainAnchor head,
    ChainBreak breakKind,
    long position,
    long sequence)
    implements AuditedOutcome {

  static ChainVerification intact(long eventsChecked, boolean macsChecked, ChainAnchor head) {
    return new ChainVerification(true, eventsChecked, macsChecked, head, null, 0, 0);
  }

  static ChainVerification broken(
      long eventsChecked, boolean macsChecked, ChainBreak kind, long position, long sequence) {
    return new ChainVerification(false, eventsChecked, macsChecked, null, kind, position, sequence);
  }

  /** Returns the result for a checkpoint whose signature is invalid, before any event is read. */
  public static ChainVerification forgedCheckpoint(long checkpointSequence) {
    return broken(0, true, ChainBreak.CHECKPOINT_FORGED, 0, checkpointSequence);
  }

  @Override
  public AuditOutcome auditedOutcome() {
    return intact ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE;
  }

  /** Returns a one-line report without any event content, safe for logs and pages. */
  public String summary() {
    if (intact) {
      return "Chain intact: "
          + eventsChecked
          + " events, head sequence "
          + head.sequence()
          + ", head hash "
          + head.eventHash()
          + (macsChecked ? "" : " (hashes and links only: no audit key given)");
    }
    return "Chain broken at event "
        + position
        + " (sequence "
        + sequence
        + "): "
        + breakKind.explanation();
  }
}

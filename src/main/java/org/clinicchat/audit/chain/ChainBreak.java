package org.clinicchat.audit.chain;

/** Why verification stopped at an event: the first kind of damage found there. */
public enum ChainBreak {
  /** The event has no previous hash, event hash or HMAC. */
  NOT_SEALED("the event carries no seal: it was inserted or its seal was removed"),
  /** The sequence number is not one more than the previous event's. */
  SEQUENCE_GAP("events before it are missing: deleted, or this one was inserted"),
  /** The sequence number is not greater than the previous event's. */
  SEQUENCE_OUT_OF_ORDER("the event is out of order: moved or duplicated"),
  /** The stored event hash is not the hash of the event's content. */
  CONTENT_CHANGED("the event's content was edited after it was sealed"),
  /** The HMAC is not the one the audit key gives, though the hash matches the content. */
  MAC_INVALID("the seal was not made with the audit key: the event was forged or re-hashed"),
  /** The previous hash is not the hash of the event before it. */
  LINK_BROKEN(
      "the event does not follow the one before it: an event was deleted, inserted or moved"),
  /** The checkpoint's event has another hash, or the chain ends before the checkpoint. */
  CHECKPOINT_MISMATCH(
      "the chain differs from the signed checkpoint: events were rewritten or deleted"),
  /** The newest checkpoint's signature is invalid, so the checkpoint cannot be trusted. */
  CHECKPOINT_FORGED("the newest checkpoint's signature is invalid: the checkpoint file was edited"),
  /** The chain does not end with the head recorded beside it. */
  HEAD_MISMATCH(
      "the chain does not end at the recorded head: events at the end were deleted or added");

  private final String explanation;

  ChainBreak(String explanation) {
    this.explanation = explanation;
  }

  /** Returns what this kind of break means, for people reading a report. */
  public String explanation() {
    return explanation;
  }
}

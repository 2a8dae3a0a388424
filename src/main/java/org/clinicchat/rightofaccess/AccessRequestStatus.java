package org.clinicchat.rightofaccess;

/** The state of an access request. Fulfilled and denied requests are closed. */
public enum AccessRequestStatus {
  /** Received, due 30 days after receipt. */
  OPEN,
  /** Extended once by 30 days, with a written reason. */
  EXTENDED,
  /** The copy was produced. */
  FULFILLED,
  /** Denied, with a written reason. */
  DENIED;

  /** Returns whether the request still waits for a response. */
  public boolean isPending() {
    return this == OPEN || this == EXTENDED;
  }
}

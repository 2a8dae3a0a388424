package org.clinicchat.audit;

/** An invalid field of an audit search or export request; the message names it and the fix. */
public class InvalidAuditQueryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidAuditQueryException(String message) {
    super(message);
  }
}

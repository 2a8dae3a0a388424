package org.clinicchat.audit;

/**
 * An audit search or export request has an invalid field; the message says which and how to fix.
 */
public class InvalidAuditQueryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidAuditQueryException(String message) {
    super(message);
  }
}

package org.clinicchat.audit.chain;

/** An audit key is missing or unreadable; the message names the keystore or alias to fix. */
public class AuditKeyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AuditKeyException(String message) {
    super(message);
  }

  public AuditKeyException(String message, Throwable cause) {
    super(message, cause);
  }
}

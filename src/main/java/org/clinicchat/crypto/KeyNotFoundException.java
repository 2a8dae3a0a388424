package org.clinicchat.crypto;

/** A field-encryption key that a configuration property or a stored value names is missing. */
public class KeyNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public KeyNotFoundException(String message) {
    super(message);
  }

  public KeyNotFoundException(String message, Throwable cause) {
    super(message, cause);
  }
}

package org.clinicchat.crypto;

/**
 * A stored value failed authentication or could not be parsed. The message never contains the
 * value.
 */
public class DecryptionFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DecryptionFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}

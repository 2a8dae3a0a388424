package org.clinicchat.crypto;

import jakarta.ejb.ApplicationException;

/** A key rotation cannot start or restart in the job's current state; the message says why. */
@ApplicationException(rollback = true)
public class KeyRotationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public KeyRotationException(String message) {
    super(message);
  }
}

package org.clinicchat.crypto;

import jakarta.ejb.ApplicationException;

/**
 * A key-management request that was rejected, with a message for the administrator that states why
 * and what to do. The message never contains key material.
 */
@ApplicationException(rollback = true)
public class KeyAdministrationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public KeyAdministrationException(String message) {
    super(message);
  }

  public KeyAdministrationException(String message, Throwable cause) {
    super(message, cause);
  }
}

package org.clinicchat.selfassessment;

import jakarta.ejb.ApplicationException;

/** A restore test record was rejected. The message names what to correct. */
@ApplicationException(rollback = true)
public class InvalidRestoreTestException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidRestoreTestException(String message) {
    super(message);
  }
}

package org.clinicchat.breach;

import jakarta.ejb.ApplicationException;

/**
 * Raised when an incident, its assessment or a request about it is incomplete or not allowed; the
 * message names the field and what to do.
 */
@ApplicationException(rollback = true)
public class InvalidIncidentException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  InvalidIncidentException(String message) {
    super(message);
  }
}

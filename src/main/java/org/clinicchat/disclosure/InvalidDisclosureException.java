package org.clinicchat.disclosure;

import jakarta.ejb.ApplicationException;

/** Raised when a disclosure entry or report request is incomplete; the message names the field. */
@ApplicationException(rollback = true)
public class InvalidDisclosureException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  InvalidDisclosureException(String message) {
    super(message);
  }
}

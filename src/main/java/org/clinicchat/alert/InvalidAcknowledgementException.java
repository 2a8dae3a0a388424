package org.clinicchat.alert;

import jakarta.ejb.ApplicationException;

/**
 * Raised when an acknowledgement lacks its note or names no open alert; the message names the
 * problem.
 */
@ApplicationException(rollback = true)
public class InvalidAcknowledgementException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  InvalidAcknowledgementException(String message) {
    super(message);
  }
}

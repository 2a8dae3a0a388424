package org.clinicchat.rightofaccess;

import jakarta.ejb.ApplicationException;

/** Raised when an access request or an action on it breaks a rule. The message names the rule. */
@ApplicationException(rollback = true)
public class InvalidAccessRequestException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  InvalidAccessRequestException(String message) {
    super(message);
  }
}

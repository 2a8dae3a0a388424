package org.clinicchat.breakglass;

import jakarta.ejb.ApplicationException;

/**
 * Raised when the caller reads a conversation under emergency access without an active grant for
 * it: none was requested, or it expired.
 */
@ApplicationException(rollback = true)
public class NoActiveGrantException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  NoActiveGrantException() {
    super(
        "You have no active emergency access to this conversation: it expired or was never"
            + " granted. Request it again with a reason.");
  }
}

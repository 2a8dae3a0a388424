package org.clinicchat.policy;

import jakarta.ejb.ApplicationException;

/**
 * Raised when a policy version or an acknowledgement is rejected: a blank or too long text, or an
 * acknowledgement of a version that is no longer current. The message names the problem.
 */
@ApplicationException(rollback = true)
public class InvalidPolicyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  InvalidPolicyException(String message) {
    super(message);
  }
}

package org.clinicchat.breakglass;

import jakarta.ejb.ApplicationException;

/**
 * Raised when a break-glass request or sign-off is rejected: a missing or short reason or note, an
 * unknown conversation or grant, or a sign-off of one's own grant. The message names the problem
 * and contains no PHI.
 */
@ApplicationException(rollback = true)
public class InvalidBreakGlassRequestException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  InvalidBreakGlassRequestException(String message) {
    super(message);
  }
}

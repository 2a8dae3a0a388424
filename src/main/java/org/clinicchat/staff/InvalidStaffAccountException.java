package org.clinicchat.staff;

import jakarta.ejb.ApplicationException;

/** A staff account request was rejected; the message says which rule it broke. */
@ApplicationException(rollback = true)
public class InvalidStaffAccountException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidStaffAccountException(String message) {
    super(message);
  }
}

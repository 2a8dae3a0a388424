package org.clinicchat.staff;

/** A staff account request was rejected; the message says which rule it broke. */
public class InvalidStaffAccountException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidStaffAccountException(String message) {
    super(message);
  }
}

package org.clinicchat.appointment;

/** Raised when the clinic's schedule document is inconsistent. The message names the entry. */
public class InvalidScheduleException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidScheduleException(String message) {
    super(message);
  }
}

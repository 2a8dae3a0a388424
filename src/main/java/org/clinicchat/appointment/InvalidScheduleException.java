package org.clinicchat.appointment;

/** The clinic's schedule document is inconsistent; the message names the entry and the fix. */
public class InvalidScheduleException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidScheduleException(String message) {
    super(message);
  }
}

package org.clinicchat.appointment;

/**
 * A confirmation with a wrong code or wrong details. Its transaction still commits, so that the
 * failed attempt counts.
 */
public class WrongCodeException extends InvalidAppointmentRequestException {

  private static final long serialVersionUID = 1L;

  public WrongCodeException(String message) {
    super(message);
  }
}

package org.clinicchat.appointment;

import jakarta.ws.rs.core.Response.Status;

/**
 * The request names a past or non-existent date, a time outside the provider's hours, an unknown
 * provider or visit type, or malformed details.
 */
public class InvalidAppointmentRequestException extends AppointmentException {

  private static final long serialVersionUID = 1L;

  public InvalidAppointmentRequestException(String message) {
    super(message);
  }

  @Override
  public Status status() {
    return Status.BAD_REQUEST;
  }
}

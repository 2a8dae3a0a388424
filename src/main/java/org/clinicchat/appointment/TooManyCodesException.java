package org.clinicchat.appointment;

import jakarta.ws.rs.core.Response.Status;

/** Too many one-time codes were requested for an email address or by a visitor within an hour. */
public class TooManyCodesException extends AppointmentException {

  private static final long serialVersionUID = 1L;

  public TooManyCodesException(String message) {
    super(message);
  }

  @Override
  public Status status() {
    return Status.TOO_MANY_REQUESTS;
  }
}

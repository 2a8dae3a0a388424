package org.clinicchat.appointment;

import jakarta.ws.rs.core.Response.Status;

/** The one-time code could not be emailed: mail is off or the SMTP server failed. */
public class CodeNotSentException extends AppointmentException {

  private static final long serialVersionUID = 1L;

  public CodeNotSentException(String message) {
    super(message);
  }

  @Override
  public Status status() {
    return Status.SERVICE_UNAVAILABLE;
  }
}

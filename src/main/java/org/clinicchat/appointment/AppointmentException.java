package org.clinicchat.appointment;

import jakarta.ws.rs.core.Response.Status;

/**
 * A request about appointments that cannot be served, with the HTTP status it maps to. Messages
 * never contain PHI, so they are shown to the patient as the problem detail.
 */
public abstract class AppointmentException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  protected AppointmentException(String message) {
    super(message);
  }

  /** Returns the status of the problem details response. */
  public abstract Status status();
}

package org.clinicchat.appointment;

import jakarta.ws.rs.core.Response.Status;

/**
 * No booked appointment with the reference belongs to the verified patient. A reference of another
 * patient gets the same response.
 */
public class AppointmentNotFoundException extends AppointmentException {

  private static final long serialVersionUID = 1L;

  public AppointmentNotFoundException(String message) {
    super(message);
  }

  @Override
  public Status status() {
    return Status.NOT_FOUND;
  }
}

package org.clinicchat.appointment;

import jakarta.ws.rs.core.Response.Status;

/** The call needs an identity check that this visitor confirmed and that has not expired. */
public class IdentityNotVerifiedException extends AppointmentException {

  private static final long serialVersionUID = 1L;

  public IdentityNotVerifiedException(String message) {
    super(message);
  }

  @Override
  public Status status() {
    return Status.FORBIDDEN;
  }
}

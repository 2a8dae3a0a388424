package org.clinicchat.callback;

import jakarta.ws.rs.core.Response.Status;

/**
 * A call-back request that cannot be served, with the HTTP status it maps to. Messages never
 * contain the phone number, so they are shown to the patient as the problem detail.
 */
public class CallbackException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Status status;

  CallbackException(Status status, String message) {
    super(message);
    this.status = status;
  }

  /** Returns the status of the problem details response. */
  public Status status() {
    return status;
  }
}

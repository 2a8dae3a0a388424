package org.clinicchat.appointment;

import jakarta.ws.rs.core.Response.Status;

/**
 * The slot asked for is no longer free: another patient booked it or part of it. The caller offers
 * fresh alternatives.
 */
public class SlotUnavailableException extends AppointmentException {

  private static final long serialVersionUID = 1L;

  private final transient Slot slot;

  public SlotUnavailableException(Slot slot) {
    super("This time is no longer available. Choose one of the alternatives.");
    this.slot = slot;
  }

  /** Returns the slot that was taken. */
  public Slot slot() {
    return slot;
  }

  @Override
  public Status status() {
    return Status.CONFLICT;
  }
}

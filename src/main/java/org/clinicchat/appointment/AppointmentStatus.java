package org.clinicchat.appointment;

/** The state of an appointment: booked or cancelled. */
public enum AppointmentStatus {
  /** Holds its slot. */
  BOOKED,
  /** Released its slot; kept for the record. */
  CANCELLED
}

package org.clinicchat.appointment;

/** Where an appointment is in its life. */
public enum AppointmentStatus {
  /** Holds its slot. */
  BOOKED,
  /** Released its slot; kept for the record. */
  CANCELLED
}

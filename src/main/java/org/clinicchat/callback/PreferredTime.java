package org.clinicchat.callback;

/** The part of the day in which a patient prefers to be called back. */
public enum PreferredTime {
  /** Before noon. */
  MORNING,
  /** From noon to the end of office hours. */
  AFTERNOON,
  /** Any time during office hours. */
  ANY
}

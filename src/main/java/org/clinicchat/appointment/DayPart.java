package org.clinicchat.appointment;

import java.time.LocalTime;

/** A part of the day that a patient names instead of a time, with the clinic hours it covers. */
public enum DayPart {
  MORNING(LocalTime.of(8, 0), LocalTime.NOON),
  AFTERNOON(LocalTime.NOON, LocalTime.of(17, 0)),
  EVENING(LocalTime.of(17, 0), LocalTime.of(20, 0)),
  /** No part of the day was named. */
  ANY(LocalTime.MIN, LocalTime.MAX);

  private final LocalTime start;
  private final LocalTime end;

  DayPart(LocalTime start, LocalTime end) {
    this.start = start;
    this.end = end;
  }

  /** Returns the first local time of this part of the day. */
  public LocalTime start() {
    return start;
  }

  /** Returns the local time this part of the day ends at, exclusive. */
  public LocalTime end() {
    return end;
  }
}

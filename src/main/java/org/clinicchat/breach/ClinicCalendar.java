package org.clinicchat.breach;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The clinic's days: deadlines count calendar days in the clinic's time zone, so an incident found
 * at 10 p.m. in New York is found on that day, although it is the next day in UTC.
 */
public record ClinicCalendar(Clock clock, ZoneId zone) {

  /** Returns today's date in the clinic's time zone. */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(zone));
  }
}

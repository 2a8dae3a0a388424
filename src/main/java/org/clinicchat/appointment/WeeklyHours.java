package org.clinicchat.appointment;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * A block of a provider's working week, in the clinic's local time. A provider may have several
 * blocks on one day, such as a morning and an afternoon around lunch.
 *
 * @param providerId the provider who works then
 * @param day the weekday
 * @param opens the wall-clock time the block starts
 * @param closes the wall-clock time it ends, after {@code opens} on the same day
 */
public record WeeklyHours(String providerId, DayOfWeek day, LocalTime opens, LocalTime closes) {

  public WeeklyHours {
    ScheduleRules.requireKey(providerId, "weekly hours provider");
    if (day == null || opens == null || closes == null || !opens.isBefore(closes)) {
      throw new InvalidScheduleException(
          "Weekly hours of " + providerId + " need a day and an opening time before the closing.");
    }
  }
}

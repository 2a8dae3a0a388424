package org.clinicchat.alert;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * The hours the clinic is open, in its own time zone: from {@code opens} inclusive to {@code
 * closes} exclusive, on the listed days. Opening hours that run past midnight are not supported.
 */
public record ClinicHours(LocalTime opens, LocalTime closes, Set<DayOfWeek> days, ZoneId zone) {

  public ClinicHours {
    if (!opens.isBefore(closes)) {
      throw new IllegalArgumentException(
          "Clinic hours: the opening time " + opens + " must be before the closing time " + closes);
    }
    if (days.isEmpty()) {
      throw new IllegalArgumentException("Clinic hours: name at least one opening day");
    }
    days = Set.copyOf(days);
  }

  /** Returns whether the clinic is open at an instant. */
  public boolean isOpen(Instant instant) {
    ZonedDateTime local = instant.atZone(zone);
    LocalTime time = local.toLocalTime();
    return days.contains(local.getDayOfWeek()) && !time.isBefore(opens) && time.isBefore(closes);
  }
}

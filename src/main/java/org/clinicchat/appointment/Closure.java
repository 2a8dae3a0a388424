package org.clinicchat.appointment;

import java.time.LocalDate;

/**
 * Days without appointments: a holiday of the whole clinic, or a provider's leave.
 *
 * @param providerId the provider on leave, or {@code null} for a clinic holiday
 * @param firstDay the first day closed
 * @param lastDay the last day closed, inclusive
 * @param reason a label for staff, such as "Christmas Day"; never shown with a patient's data
 */
public record Closure(String providerId, LocalDate firstDay, LocalDate lastDay, String reason) {

  public Closure {
    if (firstDay == null || lastDay == null || lastDay.isBefore(firstDay)) {
      throw new InvalidScheduleException(
          "A closure needs a first day on or before its last day: " + reason);
    }
  }

  /** Returns whether the closure keeps the provider from working on the date. */
  public boolean covers(String provider, LocalDate date) {
    boolean applies = providerId == null || providerId.equals(provider);
    return applies && !date.isBefore(firstDay) && !date.isAfter(lastDay);
  }
}

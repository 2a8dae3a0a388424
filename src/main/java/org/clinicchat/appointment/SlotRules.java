package org.clinicchat.appointment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Checks that a start a patient chose is one of the schedule's slots, and why not. */
final class SlotRules {

  private SlotRules() {}

  /**
   * Returns the slot of the provider and visit type that starts at the instant.
   *
   * @throws InvalidAppointmentRequestException if the start has passed, the day is closed, or no
   *     slot of the provider's hours starts then
   */
  static Slot require(
      ClinicSchedule schedule,
      ZoneId zone,
      Provider provider,
      VisitType type,
      Instant start,
      Instant now) {
    if (!provider.offers(type.id())) {
      throw new InvalidAppointmentRequestException(
          provider.name() + " does not offer " + type.name() + " visits.");
    }
    if (start == null) {
      throw new InvalidAppointmentRequestException("The start time is missing.");
    }
    if (!start.isAfter(now)) {
      throw new InvalidAppointmentRequestException("This time has passed. Choose a later one.");
    }
    LocalDate day = start.atZone(zone).toLocalDate();
    if (schedule.closed(provider.id(), day)) {
      throw new InvalidAppointmentRequestException(
          provider.name() + " does not see patients on " + day + ". Choose another day.");
    }
    return new SlotGenerator(schedule, zone)
        .slots(provider, type, day, day).stream()
            .filter(slot -> slot.start().equals(start))
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidAppointmentRequestException(
                        "This time is outside "
                            + provider.name()
                            + "'s hours or off the "
                            + schedule.slotMinutes()
                            + "-minute grid. Choose one of the offered times."));
  }
}

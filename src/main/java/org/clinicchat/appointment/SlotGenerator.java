package org.clinicchat.appointment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Produces the slots of a schedule from its weekly hours, in the clinic's zone, correct across
 * daylight saving time changes. A block of hours covers every instant whose wall-clock time in the
 * zone lies between its opening and closing time, so:
 *
 * <ul>
 *   <li>a 9:00 block opens at 9:00 local on both sides of a change, at a different UTC instant;
 *   <li>wall-clock times skipped by a change in spring (2:00 to 2:59 in New York) have no slots;
 *   <li>wall-clock times repeated in autumn (1:00 to 1:59 in New York) have one slot per instant,
 *       so each appears twice, under two offsets, and no instant is offered twice or left out.
 * </ul>
 *
 * <p>Visits start every {@link ClinicSchedule#slotLength()} from the block's opening instant and
 * must end by its closing instant.
 */
public final class SlotGenerator {

  private final ClinicSchedule schedule;
  private final ZoneId zone;

  public SlotGenerator(ClinicSchedule schedule, ZoneId zone) {
    this.schedule = schedule;
    this.zone = zone;
  }

  /**
   * Returns the provider's slots for the visit type from {@code firstDay} to {@code lastDay}
   * inclusive, in the order of their start, leaving out closed days. Slots already booked and slots
   * in the past are the caller's to remove.
   */
  public List<Slot> slots(
      Provider provider, VisitType type, LocalDate firstDay, LocalDate lastDay) {
    List<Slot> slots = new ArrayList<>();
    if (!provider.offers(type.id())) {
      return slots;
    }
    for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
      if (schedule.closed(provider.id(), day)) {
        continue;
      }
      for (WeeklyHours hours : schedule.hoursOf(provider.id(), day.getDayOfWeek())) {
        addSlots(slots, provider, type, opening(day, hours.opens()), closing(day, hours.closes()));
      }
    }
    return slots;
  }

  /**
   * Returns the grid steps a slot occupies: the start of each step from its start to its end. Two
   * slots of one provider overlap exactly when they share a step.
   */
  public List<Instant> steps(Slot slot) {
    List<Instant> steps = new ArrayList<>();
    Duration step = schedule.slotLength();
    for (Instant at = slot.start(); at.isBefore(slot.end()); at = at.plus(step)) {
      steps.add(at);
    }
    return steps;
  }

  private void addSlots(
      List<Slot> slots, Provider provider, VisitType type, Instant opens, Instant closes) {
    Duration step = schedule.slotLength();
    Duration length = type.duration();
    for (Instant start = opens; !start.plus(length).isAfter(closes); start = start.plus(step)) {
      slots.add(new Slot(provider.id(), type.id(), start, start.plus(length)));
    }
  }

  /**
   * Returns the first instant of a wall-clock time: the earlier offset when the time repeats, and
   * the first instant after the gap when the time was skipped.
   */
  private Instant opening(LocalDate day, LocalTime time) {
    return ZonedDateTime.of(LocalDateTime.of(day, time), zone)
        .withEarlierOffsetAtOverlap()
        .toInstant();
  }

  /** Returns the last instant of a wall-clock time: the later offset when the time repeats. */
  private Instant closing(LocalDate day, LocalTime time) {
    return ZonedDateTime.of(LocalDateTime.of(day, time), zone)
        .withLaterOffsetAtOverlap()
        .toInstant();
  }
}

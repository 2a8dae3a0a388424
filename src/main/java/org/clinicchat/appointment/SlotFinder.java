package org.clinicchat.appointment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Picks the free slots that best match what a patient asked for. */
public final class SlotFinder {

  private final ClinicSchedule schedule;
  private final ZoneId zone;
  private final SlotGenerator generator;

  public SlotFinder(ClinicSchedule schedule, ZoneId zone) {
    this.schedule = schedule;
    this.zone = zone;
    this.generator = new SlotGenerator(schedule, zone);
  }

  /**
   * Returns up to {@code max} slots that start after {@code now}, fall in the part of the day asked
   * for and pass {@code free}: the nearest to the time asked for first, else the earliest first.
   */
  public List<Slot> find(SlotQuery query, Instant now, Predicate<Slot> free, int max) {
    Comparator<Slot> order =
        query.time() == null
            ? Comparator.comparing(Slot::start)
            : Comparator.comparing((Slot slot) -> distanceToTime(slot, query.time()))
                .thenComparing(Slot::start);
    return providers(query)
        .flatMap(p -> generator.slots(p, query.type(), query.firstDay(), query.lastDay()).stream())
        .filter(slot -> slot.start().isAfter(now))
        .filter(slot -> inPart(slot, query.part()))
        .filter(free)
        .sorted(order)
        .limit(max)
        .toList();
  }

  /** Returns whether the slot starts at the wall-clock time. */
  public boolean startsAt(Slot slot, LocalTime time) {
    return slot.start().atZone(zone).toLocalTime().equals(time);
  }

  private Stream<Provider> providers(SlotQuery query) {
    if (query.provider() != null) {
      return Stream.of(query.provider());
    }
    return schedule.providers().stream().filter(p -> p.offers(query.type().id()));
  }

  private boolean inPart(Slot slot, DayPart part) {
    LocalTime local = slot.start().atZone(zone).toLocalTime();
    return !local.isBefore(part.start()) && local.isBefore(part.end());
  }

  private Duration distanceToTime(Slot slot, LocalTime time) {
    ZonedDateTime start = slot.start().atZone(zone);
    ZonedDateTime asked = ZonedDateTime.of(start.toLocalDate(), time, zone);
    return Duration.between(asked, start).abs();
  }
}

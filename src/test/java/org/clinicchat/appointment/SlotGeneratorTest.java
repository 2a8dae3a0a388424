package org.clinicchat.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.clinicchat.safety.Language;
import org.junit.jupiter.api.Test;

/**
 * Slots from weekly hours in America/New_York, where daylight saving time began on March 8, 2026
 * (2:00 EST became 3:00 EDT) and ends on November 1, 2026 (2:00 EDT becomes 1:00 EST), and in
 * America/Phoenix, which has no daylight saving time.
 */
class SlotGeneratorTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId PHOENIX = ZoneId.of("America/Phoenix");
  private static final LocalDate SPRING_FORWARD = LocalDate.of(2026, 3, 8);
  private static final LocalDate FALL_BACK = LocalDate.of(2026, 11, 1);
  private static final VisitType CHECKUP = new VisitType("checkup", "Check-up", 30, List.of());
  private static final VisitType HOUR = new VisitType("long", "Long visit", 60, List.of());

  private static ClinicSchedule schedule(List<WeeklyHours> hours, List<Closure> closures) {
    return new ClinicSchedule(
        30,
        List.of(new Location("main", "Main", "1 Main St")),
        List.of(CHECKUP, HOUR),
        List.of(
            new Provider("rivera", "Dr. Rivera", "main", List.of("checkup", "long")),
            new Provider("chen", "Dr. Chen", "main", List.of("checkup"))),
        hours,
        closures);
  }

  private static List<WeeklyHours> everyDay(String provider, LocalTime opens, LocalTime closes) {
    return Arrays.stream(DayOfWeek.values())
        .map(day -> new WeeklyHours(provider, day, opens, closes))
        .toList();
  }

  private static List<Slot> slots(ClinicSchedule schedule, VisitType type, LocalDate day) {
    Provider rivera = schedule.provider("rivera").orElseThrow();
    return new SlotGenerator(schedule, NEW_YORK).slots(rivera, type, day, day);
  }

  private static List<ZonedDateTime> localStarts(List<Slot> slots) {
    return slots.stream().map(slot -> slot.start().atZone(NEW_YORK)).toList();
  }

  @Test
  void nineStaysNineAcrossSpringChange() {
    ClinicSchedule schedule =
        schedule(everyDay("rivera", LocalTime.of(9, 0), LocalTime.of(10, 0)), List.of());

    Slot before = slots(schedule, CHECKUP, SPRING_FORWARD.minusDays(1)).getFirst();
    Slot after = slots(schedule, CHECKUP, SPRING_FORWARD.plusDays(1)).getFirst();

    assertEquals(LocalTime.of(9, 0), before.start().atZone(NEW_YORK).toLocalTime());
    assertEquals(LocalTime.of(9, 0), after.start().atZone(NEW_YORK).toLocalTime());
    assertEquals(Instant.parse("2026-03-07T14:00:00Z"), before.start());
    assertEquals(Instant.parse("2026-03-09T13:00:00Z"), after.start());
  }

  @Test
  void nineStaysNineAcrossAutumnChange() {
    ClinicSchedule schedule =
        schedule(everyDay("rivera", LocalTime.of(9, 0), LocalTime.of(10, 0)), List.of());

    Slot before = slots(schedule, CHECKUP, FALL_BACK.minusDays(1)).getFirst();
    Slot after = slots(schedule, CHECKUP, FALL_BACK.plusDays(1)).getFirst();

    assertEquals(Instant.parse("2026-10-31T13:00:00Z"), before.start());
    assertEquals(Instant.parse("2026-11-02T14:00:00Z"), after.start());
  }

  @Test
  void skippedHourHasNoSlot() {
    ClinicSchedule schedule =
        schedule(everyDay("rivera", LocalTime.MIDNIGHT, LocalTime.of(4, 0)), List.of());

    List<ZonedDateTime> starts = localStarts(slots(schedule, HOUR, SPRING_FORWARD));

    assertEquals(
        List.of(
            LocalTime.of(0, 0),
            LocalTime.of(0, 30),
            LocalTime.of(1, 0),
            LocalTime.of(1, 30),
            LocalTime.of(3, 0)),
        starts.stream().map(ZonedDateTime::toLocalTime).toList());
    assertFalse(starts.stream().anyMatch(start -> start.getHour() == 2));
  }

  @Test
  void skippedHourKeepsSlotsContiguous() {
    ClinicSchedule schedule =
        schedule(everyDay("rivera", LocalTime.MIDNIGHT, LocalTime.of(4, 0)), List.of());

    List<Slot> slots = slots(schedule, CHECKUP, SPRING_FORWARD);

    // Four wall-clock hours that are three real hours: six half-hour slots, end to end.
    assertEquals(6, slots.size());
    for (int i = 1; i < slots.size(); i++) {
      assertEquals(slots.get(i - 1).end(), slots.get(i).start());
    }
  }

  @Test
  void repeatedHourHasEachInstantOnce() {
    ClinicSchedule schedule =
        schedule(everyDay("rivera", LocalTime.MIDNIGHT, LocalTime.of(4, 0)), List.of());

    List<Slot> slots = slots(schedule, HOUR, FALL_BACK);

    assertEquals(
        List.of(
            Instant.parse("2026-11-01T04:00:00Z"),
            Instant.parse("2026-11-01T04:30:00Z"),
            Instant.parse("2026-11-01T05:00:00Z"),
            Instant.parse("2026-11-01T05:30:00Z"),
            Instant.parse("2026-11-01T06:00:00Z"),
            Instant.parse("2026-11-01T06:30:00Z"),
            Instant.parse("2026-11-01T07:00:00Z"),
            Instant.parse("2026-11-01T07:30:00Z"),
            Instant.parse("2026-11-01T08:00:00Z")),
        slots.stream().map(Slot::start).toList());
  }

  @Test
  void repeatedHourNamesBothOffsets() {
    ClinicSchedule schedule =
        schedule(everyDay("rivera", LocalTime.MIDNIGHT, LocalTime.of(4, 0)), List.of());

    List<ZonedDateTime> oneOClock =
        localStarts(slots(schedule, HOUR, FALL_BACK)).stream()
            .filter(start -> start.getHour() == 1 && start.getMinute() == 0)
            .toList();

    assertEquals(2, oneOClock.size());
    assertEquals("-04:00", oneOClock.get(0).getOffset().getId());
    assertEquals("-05:00", oneOClock.get(1).getOffset().getId());
  }

  @Test
  void repeatedHourLeavesNoGap() {
    ClinicSchedule schedule =
        schedule(everyDay("rivera", LocalTime.MIDNIGHT, LocalTime.of(4, 0)), List.of());

    List<Slot> slots = slots(schedule, CHECKUP, FALL_BACK);

    // Four wall-clock hours that are five real hours: ten half-hour slots, end to end.
    assertEquals(10, slots.size());
    assertEquals(10, new HashSet<>(slots.stream().map(Slot::start).toList()).size());
    for (int i = 1; i < slots.size(); i++) {
      assertEquals(slots.get(i - 1).end(), slots.get(i).start());
    }
  }

  @Test
  void slotTextNamesOffsetOfRepeatedHour() {
    ClinicSchedule schedule =
        schedule(everyDay("rivera", LocalTime.MIDNIGHT, LocalTime.of(4, 0)), List.of());
    List<Slot> slots = slots(schedule, HOUR, FALL_BACK);

    String first = SlotText.start(slots.get(2).start(), NEW_YORK, Language.ENGLISH);
    String second = SlotText.start(slots.get(4).start(), NEW_YORK, Language.ENGLISH);

    assertEquals("Sunday, November 1, 2026, 1:00 AM EDT (America/New_York)", first);
    assertEquals("Sunday, November 1, 2026, 1:00 AM EST (America/New_York)", second);
  }

  @Test
  void visitEndsByClosing() {
    ClinicSchedule schedule =
        schedule(everyDay("rivera", LocalTime.of(9, 0), LocalTime.of(10, 30)), List.of());

    List<Slot> slots = slots(schedule, HOUR, LocalDate.of(2026, 12, 8));

    assertEquals(
        List.of(LocalTime.of(9, 0), LocalTime.of(9, 30)),
        localStarts(slots).stream().map(ZonedDateTime::toLocalTime).toList());
  }

  @Test
  void holidayHasNoSlots() {
    LocalDate christmas = LocalDate.of(2026, 12, 25);
    ClinicSchedule schedule =
        schedule(
            everyDay("rivera", LocalTime.of(9, 0), LocalTime.of(12, 0)),
            List.of(new Closure(null, christmas, christmas, "Christmas Day")));

    assertEquals(List.of(), slots(schedule, CHECKUP, christmas));
  }

  @Test
  void leaveClosesOnlyThatProvider() {
    LocalDate day = LocalDate.of(2026, 12, 9);
    List<WeeklyHours> hours =
        new ArrayList<>(everyDay("rivera", LocalTime.of(9, 0), LocalTime.of(12, 0)));
    hours.addAll(everyDay("chen", LocalTime.of(9, 0), LocalTime.of(12, 0)));
    ClinicSchedule schedule =
        schedule(hours, List.of(new Closure("rivera", day, day.plusDays(2), "Leave")));
    SlotGenerator generator = new SlotGenerator(schedule, NEW_YORK);

    assertTrue(
        generator.slots(schedule.provider("rivera").orElseThrow(), CHECKUP, day, day).isEmpty());
    assertEquals(
        6, generator.slots(schedule.provider("chen").orElseThrow(), CHECKUP, day, day).size());
  }

  @Test
  void visitTypeNotOfferedHasNoSlots() {
    List<WeeklyHours> hours = everyDay("chen", LocalTime.of(9, 0), LocalTime.of(12, 0));
    ClinicSchedule schedule = schedule(hours, List.of());
    LocalDate day = LocalDate.of(2026, 12, 9);

    Provider chen = schedule.provider("chen").orElseThrow();
    assertEquals(List.of(), new SlotGenerator(schedule, NEW_YORK).slots(chen, HOUR, day, day));
  }

  @Test
  void longVisitTakesTwoSteps() {
    ClinicSchedule schedule =
        schedule(everyDay("rivera", LocalTime.of(9, 0), LocalTime.of(12, 0)), List.of());
    Slot slot = slots(schedule, HOUR, LocalDate.of(2026, 12, 8)).getFirst();

    List<Instant> steps = new SlotGenerator(schedule, NEW_YORK).steps(slot);

    assertEquals(List.of(slot.start(), slot.start().plusSeconds(1800)), steps);
  }

  @Test
  void phoenixKeepsOffsetOnSpringChangeDay() {
    List<Slot> phoenix = phoenixSlots(SPRING_FORWARD);

    assertEquals(Instant.parse("2026-03-08T16:00:00Z"), phoenix.getFirst().start());
  }

  @Test
  void phoenixKeepsOffsetOnAutumnChangeDay() {
    List<Slot> phoenix = phoenixSlots(FALL_BACK);

    assertEquals(Instant.parse("2026-11-01T16:00:00Z"), phoenix.getFirst().start());
  }

  @Test
  void phoenixNightHasEveryHalfHourOnce() {
    ClinicSchedule schedule =
        schedule(everyDay("rivera", LocalTime.of(0, 0), LocalTime.of(4, 0)), List.of());
    Provider rivera = schedule.provider("rivera").orElseThrow();

    List<Slot> slots =
        new SlotGenerator(schedule, PHOENIX).slots(rivera, CHECKUP, SPRING_FORWARD, SPRING_FORWARD);

    assertEquals(8, slots.size());
  }

  /** Slots of a 9:00-10:00 block in Arizona, which keeps MST (UTC-7) all year. */
  private static List<Slot> phoenixSlots(LocalDate day) {
    ClinicSchedule schedule =
        schedule(everyDay("rivera", LocalTime.of(9, 0), LocalTime.of(10, 0)), List.of());
    Provider rivera = schedule.provider("rivera").orElseThrow();
    return new SlotGenerator(schedule, PHOENIX).slots(rivera, CHECKUP, day, day);
  }
}

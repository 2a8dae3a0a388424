package org.clinicchat.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CalendarRangeTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  // In 2026 New York springs forward on Sunday, March 8 and falls back on Sunday, November 1.
  private static final LocalDate SPRING_FORWARD = LocalDate.of(2026, 3, 8);
  private static final LocalDate FALL_BACK = LocalDate.of(2026, 11, 1);

  @Test
  void springForwardDayHas23Hours() {
    CalendarRange day = CalendarRange.containing(SPRING_FORWARD, CalendarSpan.DAY, NEW_YORK);

    assertEquals(Instant.parse("2026-03-08T05:00:00Z"), day.startInstant());
    assertEquals(Instant.parse("2026-03-09T04:00:00Z"), day.endInstant());
    assertEquals(Duration.ofHours(23), Duration.between(day.startInstant(), day.endInstant()));
  }

  @Test
  void fallBackDayHas25Hours() {
    CalendarRange day = CalendarRange.containing(FALL_BACK, CalendarSpan.DAY, NEW_YORK);

    assertEquals(Instant.parse("2026-11-01T04:00:00Z"), day.startInstant());
    assertEquals(Instant.parse("2026-11-02T05:00:00Z"), day.endInstant());
    assertEquals(Duration.ofHours(25), Duration.between(day.startInstant(), day.endInstant()));
  }

  @Test
  void weekWithSpringForwardHas167Hours() {
    // March 8 is the Sunday that ends the week of Monday, March 2.
    CalendarRange week = CalendarRange.containing(SPRING_FORWARD, CalendarSpan.WEEK, NEW_YORK);

    assertEquals(LocalDate.of(2026, 3, 2), week.first());
    assertEquals(Instant.parse("2026-03-02T05:00:00Z"), week.startInstant());
    assertEquals(Instant.parse("2026-03-09T04:00:00Z"), week.endInstant());
    assertEquals(Duration.ofHours(167), Duration.between(week.startInstant(), week.endInstant()));
  }

  @Test
  void weekWithFallBackHas169Hours() {
    CalendarRange week =
        CalendarRange.containing(LocalDate.of(2026, 10, 28), CalendarSpan.WEEK, NEW_YORK);

    assertEquals(LocalDate.of(2026, 10, 26), week.first());
    assertEquals(Duration.ofHours(169), Duration.between(week.startInstant(), week.endInstant()));
  }

  @Test
  void nextDayStartsWhereDayEnds() {
    CalendarRange day = CalendarRange.containing(FALL_BACK, CalendarSpan.DAY, NEW_YORK);

    assertEquals(day.endInstant(), day.next().startInstant());
    assertEquals(day.startInstant(), day.previous().endInstant());
  }

  @Test
  void nextWeekAcrossSpringForward() {
    CalendarRange week =
        CalendarRange.containing(LocalDate.of(2026, 2, 25), CalendarSpan.WEEK, NEW_YORK);

    CalendarRange next = week.next();

    assertEquals(LocalDate.of(2026, 3, 2), next.first());
    assertEquals(week.endInstant(), next.startInstant());
    assertEquals(LocalDate.of(2026, 2, 23), next.previous().first());
  }

  @Test
  void weekStartsOnMonday() {
    CalendarRange week =
        CalendarRange.containing(LocalDate.of(2026, 3, 2), CalendarSpan.WEEK, NEW_YORK);

    assertEquals(LocalDate.of(2026, 3, 2), week.first());
    assertEquals(LocalDate.of(2026, 3, 9), week.end());
  }

  @Test
  void weekNotOnMondayRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new CalendarRange(SPRING_FORWARD, CalendarSpan.WEEK, NEW_YORK));

    assertEquals("A calendar week starts on a Monday, not 2026-03-08.", e.getMessage());
  }

  @Test
  void auditResourceId() {
    CalendarRange week = CalendarRange.containing(SPRING_FORWARD, CalendarSpan.WEEK, NEW_YORK);

    assertEquals("WEEK-2026-03-02", week.toString());
  }
}

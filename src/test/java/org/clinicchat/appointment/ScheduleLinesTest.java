package org.clinicchat.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Weekly hours and closures as the schedule page writes and reads them. */
class ScheduleLinesTest {

  private static final WeeklyHours MONDAY_MORNING =
      new WeeklyHours("rivera", DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0));
  private static final Closure CHRISTMAS =
      new Closure(null, LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 25), "Christmas Day");
  private static final Closure LEAVE =
      new Closure("chen", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 8), null);

  @Test
  void hoursWritten() {
    assertEquals("rivera MONDAY 09:00-12:00", ScheduleLines.writeHours(List.of(MONDAY_MORNING)));
  }

  @Test
  void hoursRoundTrip() {
    List<WeeklyHours> hours = List.of(MONDAY_MORNING);

    assertEquals(hours, ScheduleLines.readHours(ScheduleLines.writeHours(hours)));
  }

  @Test
  void hoursWithLowerCaseDayAndShortHour() {
    assertEquals(
        List.of(MONDAY_MORNING), ScheduleLines.readHours("\n  rivera monday 9:00 - 12:00  \n\n"));
  }

  @Test
  void closuresWritten() {
    assertEquals(
        "2026-12-25 2026-12-25 all Christmas Day\n2027-01-04 2027-01-08 chen",
        ScheduleLines.writeClosures(List.of(CHRISTMAS, LEAVE)));
  }

  @Test
  void closuresRoundTrip() {
    List<Closure> closures = List.of(CHRISTMAS, LEAVE);

    assertEquals(closures, ScheduleLines.readClosures(ScheduleLines.writeClosures(closures)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "rivera MONDAY 09:00        | Line 1 of the weekly hours is invalid: write it as provider"
            + " DAY HH:MM-HH:MM.",
        "rivera Funday 09:00-12:00  | Line 1 of the weekly hours is invalid: write it as provider"
            + " DAY HH:MM-HH:MM, with a weekday in English.",
        "rivera MONDAY 25:00-26:00  | Line 1 of the weekly hours is invalid: write it as provider"
            + " DAY HH:MM-HH:MM, with a weekday in English.",
        "rivera MONDAY 12:00-09:00  | Weekly hours of rivera need a day and an opening time before"
            + " the closing.",
        "Rivera MONDAY 09:00-12:00  | The weekly hours provider id must be 1 to 40 lower-case"
            + " letters, digits or hyphens: Rivera"
      })
  void invalidHoursRejected(String line, String message) {
    InvalidScheduleException e =
        assertThrows(InvalidScheduleException.class, () -> ScheduleLines.readHours(line));

    assertEquals(message, e.getMessage());
  }

  @Test
  void invalidLineNumbered() {
    InvalidScheduleException e =
        assertThrows(
            InvalidScheduleException.class,
            () -> ScheduleLines.readClosures("2026-12-25 2026-12-25 all\n\nChristmas"));

    assertEquals(
        "Line 3 of the closures is invalid: write it as FIRST-DAY LAST-DAY provider-or-all label.",
        e.getMessage());
  }

  @Test
  void impossibleClosureDayRejected() {
    InvalidScheduleException e =
        assertThrows(
            InvalidScheduleException.class,
            () -> ScheduleLines.readClosures("2027-02-30 2027-03-01 all Storm"));

    assertEquals(
        "Line 1 of the closures is invalid: write it as days that exist, written YYYY-MM-DD.",
        e.getMessage());
  }

  @Test
  void closureEndingBeforeStartRejected() {
    assertThrows(
        InvalidScheduleException.class,
        () -> ScheduleLines.readClosures("2027-03-02 2027-03-01 all Storm"));
  }
}

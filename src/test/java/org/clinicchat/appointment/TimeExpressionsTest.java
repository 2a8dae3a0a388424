package org.clinicchat.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.clinicchat.safety.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Days and times in patients' words, read on Friday, December 4, 2026, 14:00 in New York. */
class TimeExpressionsTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 12, 4, 14, 0, 0, 0, NEW_YORK);

  @ParameterizedTest(name = "{0} -> {2} {3} {4}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "Tomorrow please                     | en | 2026-12-05 | ANY       | -",
        "next Tuesday afternoon              | en | 2026-12-08 | AFTERNOON | -",
        "on Friday                           | en | 2026-12-11 | ANY       | -",
        "today at 3pm                        | en | 2026-12-04 | ANY       | 15:00",
        "the day after tomorrow              | en | 2026-12-06 | ANY       | -",
        "December 8                          | en | 2026-12-08 | ANY       | -",
        "Dec 3rd                             | en | 2027-12-03 | ANY       | -",
        "8 December 2026 at 9:30 am          | en | 2026-12-08 | ANY       | 09:30",
        "2026-12-10                          | en | 2026-12-10 | ANY       | -",
        "12/10                               | en | 2026-12-10 | ANY       | -",
        "February 29                         | en | 2028-02-29 | ANY       | -",
        "Monday morning                      | en | 2026-12-07 | MORNING   | -",
        "Thursday at noon                    | en | 2026-12-10 | ANY       | 12:00",
        "mañana por la mañana                | es | 2026-12-05 | MORNING   | -",
        "el viernes                          | es | 2026-12-11 | ANY       | -",
        "el próximo martes por la tarde      | es | 2026-12-08 | AFTERNOON | -",
        "pasado mañana                       | es | 2026-12-06 | ANY       | -",
        "hoy a las 4 de la tarde             | es | 2026-12-04 | AFTERNOON | 16:00",
        "el lunes a las 8 de la noche        | es | 2026-12-07 | EVENING   | 20:00",
        "esta mañana                         | es | 2026-12-04 | MORNING   | -",
        "el 8 de diciembre                   | es | 2026-12-08 | ANY       | -",
        "10/12                               | es | 2026-12-10 | ANY       | -",
        "el miércoles a mediodía             | es | 2026-12-09 | ANY       | 12:00"
      })
  void oneDay(String words, String language, LocalDate day, DayPart part, LocalTime time) {
    TimeRequest.Understood request = understood(words, language);

    assertEquals(day, request.firstDay(), "first day");
    assertEquals(day, request.lastDay(), "last day");
    assertEquals(part, request.part(), "part of the day");
    assertEquals(time, request.time(), "time");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"next week, en", "la semana que viene, es", "la próxima semana, es"})
  void nextWeekIsMondayToSunday(String words, String language) {
    TimeRequest.Understood request = understood(words, language);

    assertEquals(LocalDate.of(2026, 12, 7), request.firstDay(), "Monday");
    assertEquals(LocalDate.of(2026, 12, 13), request.lastDay(), "Sunday");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "at 10:30, 10:30",
    "at 3, 15:00",
    "a las 11, 11:00",
    "at 7pm, 19:00",
    "at 12am, 00:00"
  })
  void timeWithoutDay(String words, LocalTime time) {
    TimeRequest.Understood request = understood(words, "en");

    assertEquals(null, request.firstDay(), "no day named");
    assertEquals(time, request.time(), "time");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "February 30, NOT_A_DATE",
    "30 de febrero, NOT_A_DATE",
    "13/45, NOT_A_DATE",
    "April 31 2027, NOT_A_DATE",
    "2025-01-05, IN_THE_PAST",
    "March 3 2026, IN_THE_PAST"
  })
  void rejectedDate(String words, TimeRequest.Reason reason) {
    TimeRequest request = TimeExpressions.parse(words, Language.ENGLISH, NOW);

    assertEquals(reason, assertInstanceOf(TimeRequest.Rejected.class, request).reason());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"What are your hours?", "I may need help", "Do you take Medicare?"})
  void noTimeNamed(String words) {
    TimeRequest request = TimeExpressions.parse(words, Language.ENGLISH, NOW);

    assertInstanceOf(TimeRequest.Unspecified.class, request);
  }

  @Test
  void blankMessageNamesNoTime() {
    assertInstanceOf(
        TimeRequest.Unspecified.class, TimeExpressions.parse("  ", Language.ENGLISH, NOW));
  }

  @Test
  void tomorrowCountsFromClinicDate() {
    // 22:30 on Friday in New York is already 03:30 on Saturday in UTC.
    ZonedDateTime lateFriday = Instant.parse("2026-12-05T03:30:00Z").atZone(NEW_YORK);

    TimeRequest.Understood request =
        assertInstanceOf(
            TimeRequest.Understood.class,
            TimeExpressions.parse("tomorrow", Language.ENGLISH, lateFriday));

    assertEquals(LocalDate.of(2026, 12, 5), request.firstDay());
  }

  @Test
  void tomorrowAcrossSpringForward() {
    // In New York, clocks go from 2:00 to 3:00 on Sunday, March 8, 2026.
    ZonedDateTime saturdayNight = ZonedDateTime.of(2026, 3, 7, 23, 30, 0, 0, NEW_YORK);

    TimeRequest.Understood request =
        assertInstanceOf(
            TimeRequest.Understood.class,
            TimeExpressions.parse("tomorrow", Language.ENGLISH, saturdayNight));

    assertEquals(LocalDate.of(2026, 3, 8), request.firstDay());
  }

  private static TimeRequest.Understood understood(String words, String language) {
    TimeRequest request =
        TimeExpressions.parse(words, Language.fromCode(language).orElseThrow(), NOW);
    return assertInstanceOf(TimeRequest.Understood.class, request, words);
  }
}

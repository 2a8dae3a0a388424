package org.clinicchat.appointment;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicchat.safety.Language;

/**
 * Reads the day and time a patient requests ("next Tuesday afternoon", "mañana por la mañana", "el
 * viernes a las 3", "December 8") in English or Spanish, relative to the current time in the
 * clinic's zone.
 *
 * <p>Conventions: a weekday, with or without "next", "this" or "el próximo", means its first
 * occurrence after today; a month and day without a year mean the next such date, today included;
 * slash dates are month/day in English and day/month in Spanish; an hour from 1 to 7 without
 * "am"/"pm" is in the afternoon, because the clinic is closed at night.
 */
public final class TimeExpressions {

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("january", 1),
          Map.entry("jan", 1),
          Map.entry("enero", 1),
          Map.entry("february", 2),
          Map.entry("feb", 2),
          Map.entry("febrero", 2),
          Map.entry("march", 3),
          Map.entry("mar", 3),
          Map.entry("marzo", 3),
          Map.entry("april", 4),
          Map.entry("apr", 4),
          Map.entry("abril", 4),
          Map.entry("may", 5),
          Map.entry("mayo", 5),
          Map.entry("june", 6),
          Map.entry("jun", 6),
          Map.entry("junio", 6),
          Map.entry("july", 7),
          Map.entry("jul", 7),
          Map.entry("julio", 7),
          Map.entry("august", 8),
          Map.entry("aug", 8),
          Map.entry("agosto", 8),
          Map.entry("september", 9),
          Map.entry("sep", 9),
          Map.entry("sept", 9),
          Map.entry("septiembre", 9),
          Map.entry("setiembre", 9),
          Map.entry("october", 10),
          Map.entry("oct", 10),
          Map.entry("octubre", 10),
          Map.entry("november", 11),
          Map.entry("nov", 11),
          Map.entry("noviembre", 11),
          Map.entry("december", 12),
          Map.entry("dec", 12),
          Map.entry("diciembre", 12));

  private static final Map<String, DayOfWeek> WEEKDAYS =
      Map.ofEntries(
          Map.entry("monday", DayOfWeek.MONDAY), Map.entry("lunes", DayOfWeek.MONDAY),
          Map.entry("tuesday", DayOfWeek.TUESDAY), Map.entry("martes", DayOfWeek.TUESDAY),
          Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("miercoles", DayOfWeek.WEDNESDAY),
          Map.entry("thursday", DayOfWeek.THURSDAY), Map.entry("jueves", DayOfWeek.THURSDAY),
          Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("viernes", DayOfWeek.FRIDAY),
          Map.entry("saturday", DayOfWeek.SATURDAY), Map.entry("sabado", DayOfWeek.SATURDAY),
          Map.entry("sunday", DayOfWeek.SUNDAY), Map.entry("domingo", DayOfWeek.SUNDAY));

  private static final String MONTH_NAMES = String.join("|", sortedLongestFirst(MONTHS));
  private static final Pattern MONTH_DAY =
      Pattern.compile(
          "\\b(" + MONTH_NAMES + ")\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (\\d{4})\\b)?");
  private static final Pattern DAY_MONTH =
      Pattern.compile(
          "\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of |de )?("
              + MONTH_NAMES
              + ")\\b(?:,? (?:de |del )?(\\d{4})\\b)?");
  private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b");
  private static final Pattern SLASH_DATE =
      Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})(?:/(\\d{2}|\\d{4}))?\\b");
  private static final Pattern WEEKDAY =
      Pattern.compile("\\b(" + String.join("|", WEEKDAYS.keySet()) + ")\\b");
  private static final Pattern NEXT_WEEK =
      Pattern.compile("\\b(next week|la (?:proxima|siguiente) semana|la semana que viene)\\b");
  private static final Pattern DAY_AFTER_TOMORROW =
      Pattern.compile("\\b(day after tomorrow|pasado manana)\\b");
  private static final Pattern TOMORROW =
      Pattern.compile("\\b(tomorrow|(?<!la |pasado |esta )manana)\\b");
  private static final Pattern TODAY =
      Pattern.compile(
          "\\b(today|tonight|this (?:morning|afternoon|evening)|hoy|esta (?:manana|tarde|noche))\\b");
  private static final Pattern CLOCK_TIME =
      Pattern.compile(
          "\\b(?:at |a las |a la )?(\\d{1,2})(?::(\\d{2}))? ?(am|pm|a\\.m\\.|p\\.m\\.)(?!\\w)"
              + "|\\b(?:at|a las|a la) (\\d{1,2})(?::(\\d{2}))?\\b");
  private static final Pattern NOON = Pattern.compile("\\b(noon|midday|mediodia)\\b");
  private static final Pattern MORNING =
      Pattern.compile("\\b(morning|(?:por|en|de) la manana|esta manana)\\b");
  private static final Pattern AFTERNOON =
      Pattern.compile("\\b(afternoon|(?:por|en|de) la tarde|esta tarde)\\b");
  private static final Pattern EVENING =
      Pattern.compile("\\b(evening|tonight|(?:por|en|de) la noche|esta noche)\\b");
  private static final int LAST_AFTERNOON_HOUR_WITHOUT_SUFFIX = 7;

  private TimeExpressions() {}

  /**
   * Reads the message, written in {@code language}; {@code now} is the current time in the clinic's
   * zone.
   */
  public static TimeRequest parse(String message, Language language, ZonedDateTime now) {
    if (message == null || message.isBlank()) {
      return new TimeRequest.Unspecified();
    }
    String text = plain(message);
    LocalDate today = now.toLocalDate();
    Optional<TimeRequest> named = namedDate(text, language, today);
    if (named.isPresent() && named.get() instanceof TimeRequest.Rejected) {
      return named.get();
    }
    DayPart part = part(text);
    LocalTime time = time(text, part);
    if (named.isPresent()) {
      TimeRequest.Understood days = (TimeRequest.Understood) named.get();
      return new TimeRequest.Understood(days.firstDay(), days.lastDay(), part, time);
    }
    if (time != null || part != DayPart.ANY) {
      return new TimeRequest.Understood(null, null, part, time);
    }
    return new TimeRequest.Unspecified();
  }

  private static Optional<TimeRequest> namedDate(String text, Language language, LocalDate today) {
    Optional<TimeRequest> explicit = explicitDate(text, language, today);
    if (explicit.isPresent()) {
      return explicit;
    }
    if (DAY_AFTER_TOMORROW.matcher(text).find()) {
      return Optional.of(day(today.plusDays(2)));
    }
    if (TOMORROW.matcher(text).find()) {
      return Optional.of(day(today.plusDays(1)));
    }
    if (TODAY.matcher(text).find()) {
      return Optional.of(day(today));
    }
    Matcher weekday = WEEKDAY.matcher(text);
    if (weekday.find()) {
      DayOfWeek named = WEEKDAYS.get(weekday.group(1));
      return Optional.of(day(today.with(TemporalAdjusters.next(named))));
    }
    if (NEXT_WEEK.matcher(text).find()) {
      LocalDate monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
      return Optional.of(new TimeRequest.Understood(monday, monday.plusDays(6), DayPart.ANY, null));
    }
    return Optional.empty();
  }

  private static Optional<TimeRequest> explicitDate(
      String text, Language language, LocalDate today) {
    Matcher iso = ISO_DATE.matcher(text);
    if (iso.find()) {
      return Optional.of(date(iso.group(), iso.group(1), iso.group(2), iso.group(3), today));
    }
    Matcher monthDay = MONTH_DAY.matcher(text);
    if (monthDay.find()) {
      return Optional.of(
          date(
              monthDay.group(),
              monthDay.group(3),
              month(monthDay.group(1)),
              monthDay.group(2),
              today));
    }
    Matcher dayMonth = DAY_MONTH.matcher(text);
    if (dayMonth.find()) {
      return Optional.of(
          date(
              dayMonth.group(),
              dayMonth.group(3),
              month(dayMonth.group(2)),
              dayMonth.group(1),
              today));
    }
    Matcher slash = SLASH_DATE.matcher(text);
    if (slash.find()) {
      boolean spanish = language == Language.SPANISH;
      String month = spanish ? slash.group(2) : slash.group(1);
      String day = spanish ? slash.group(1) : slash.group(2);
      String year = slash.group(3);
      if (year != null && year.length() == 2) {
        year = "20" + year;
      }
      return Optional.of(date(slash.group(), year, month, day, today));
    }
    return Optional.empty();
  }

  /** Returns the date, the next such date when no year is given, or why it cannot be booked. */
  private static TimeRequest date(
      String expression, String year, String month, String day, LocalDate today) {
    try {
      int monthValue = Integer.parseInt(month);
      int dayValue = Integer.parseInt(day);
      if (year != null) {
        LocalDate date = LocalDate.of(Integer.parseInt(year), monthValue, dayValue);
        return date.isBefore(today)
            ? new TimeRequest.Rejected(expression, TimeRequest.Reason.IN_THE_PAST)
            : day(date);
      }
      // Checks the day against a leap year first, so that "February 29" is a date in any year.
      LocalDate.of(2028, monthValue, dayValue);
      LocalDate candidate = nextValid(today, monthValue, dayValue);
      return day(candidate);
    } catch (DateTimeException | NumberFormatException e) {
      return new TimeRequest.Rejected(expression, TimeRequest.Reason.NOT_A_DATE);
    }
  }

  /** Returns the first date on or after today with this month and day, looking up to 8 years on. */
  private static LocalDate nextValid(LocalDate today, int month, int day) {
    for (int year = today.getYear(); year <= today.getYear() + 8; year++) {
      try {
        LocalDate date = LocalDate.of(year, month, day);
        if (!date.isBefore(today)) {
          return date;
        }
      } catch (DateTimeException e) {
        // February 29 in a common year: try the next year.
      }
    }
    throw new DateTimeException("No " + month + "/" + day + " within 8 years");
  }

  /** Returns the time named, reading an hour without "am"/"pm" in the light of the day part. */
  private static LocalTime time(String text, DayPart part) {
    if (NOON.matcher(text).find()) {
      return LocalTime.NOON;
    }
    Matcher clock = CLOCK_TIME.matcher(text);
    if (!clock.find()) {
      return null;
    }
    boolean withSuffix = clock.group(1) != null;
    int hour = Integer.parseInt(withSuffix ? clock.group(1) : clock.group(4));
    String minutes = withSuffix ? clock.group(2) : clock.group(5);
    int minute = minutes == null ? 0 : Integer.parseInt(minutes);
    if (hour > 23 || minute > 59 || (withSuffix && (hour == 0 || hour > 12))) {
      return null;
    }
    if (withSuffix) {
      boolean pm = clock.group(3).startsWith("p");
      hour = hour % 12 + (pm ? 12 : 0);
    } else if (hour < 12 && (part == DayPart.AFTERNOON || part == DayPart.EVENING)) {
      hour += 12;
    } else if (hour >= 1 && hour <= LAST_AFTERNOON_HOUR_WITHOUT_SUFFIX) {
      hour += 12;
    }
    return LocalTime.of(hour, minute);
  }

  private static DayPart part(String text) {
    if (MORNING.matcher(text).find()) {
      return DayPart.MORNING;
    }
    if (AFTERNOON.matcher(text).find()) {
      return DayPart.AFTERNOON;
    }
    if (EVENING.matcher(text).find()) {
      return DayPart.EVENING;
    }
    return DayPart.ANY;
  }

  private static TimeRequest.Understood day(LocalDate date) {
    return new TimeRequest.Understood(date, date, DayPart.ANY, null);
  }

  private static String month(String name) {
    return String.valueOf(MONTHS.get(name));
  }

  private static String plain(String text) {
    String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}", "").replaceAll("\\s+", " ");
  }

  private static List<String> sortedLongestFirst(Map<String, ?> names) {
    return names.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList();
  }
}

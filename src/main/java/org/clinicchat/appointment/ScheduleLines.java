package org.clinicchat.appointment;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes and reads the weekly hours and closures of a schedule as lines of text, one entry a line,
 * for the schedule page. Weekly hours read {@code rivera MONDAY 09:00-12:00}, and closures read
 * {@code 2026-12-24 2026-12-26 all Christmas} or {@code 2027-01-04 2027-01-08 chen Leave}, with
 * {@code all} for the whole clinic. Blank lines are skipped.
 */
final class ScheduleLines {

  static final String WHOLE_CLINIC = "all";

  private static final Pattern HOURS =
      Pattern.compile("(\\S+)\\s+([A-Za-z]+)\\s+(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})");
  private static final Pattern CLOSURE =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\s+(\\d{4}-\\d{2}-\\d{2})\\s+(\\S+)(?:\\s+(.*))?");

  private ScheduleLines() {}

  static String writeHours(List<WeeklyHours> weeklyHours) {
    return weeklyHours.stream()
        .map(
            hours ->
                hours.providerId() + " " + hours.day() + " " + hours.opens() + "-" + hours.closes())
        .collect(Collectors.joining("\n"));
  }

  static String writeClosures(List<Closure> closures) {
    return closures.stream()
        .map(
            closure ->
                closure.firstDay()
                    + " "
                    + closure.lastDay()
                    + " "
                    + (closure.providerId() == null ? WHOLE_CLINIC : closure.providerId())
                    + (closure.reason() == null ? "" : " " + closure.reason()))
        .collect(Collectors.joining("\n"));
  }

  /**
   * Reads weekly hours, one block a line.
   *
   * @throws InvalidScheduleException naming the first line that is not a block of hours
   */
  static List<WeeklyHours> readHours(String text) {
    List<WeeklyHours> hours = new ArrayList<>();
    List<String> lines = lines(text);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      Matcher parts = HOURS.matcher(line.strip());
      if (!parts.matches()) {
        throw invalid("weekly hours", i, "provider DAY HH:MM-HH:MM");
      }
      try {
        hours.add(
            new WeeklyHours(
                parts.group(1),
                DayOfWeek.valueOf(parts.group(2).toUpperCase(Locale.ROOT)),
                LocalTime.parse(twoDigitHour(parts.group(3))),
                LocalTime.parse(twoDigitHour(parts.group(4)))));
      } catch (IllegalArgumentException | DateTimeException e) {
        throw invalid("weekly hours", i, "provider DAY HH:MM-HH:MM, with a weekday in English");
      }
    }
    return hours;
  }

  /**
   * Reads closures, one a line.
   *
   * @throws InvalidScheduleException naming the first line that is not a closure
   */
  static List<Closure> readClosures(String text) {
    List<Closure> closures = new ArrayList<>();
    List<String> lines = lines(text);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      Matcher parts = CLOSURE.matcher(line.strip());
      if (!parts.matches()) {
        throw invalid("closures", i, "FIRST-DAY LAST-DAY provider-or-all label");
      }
      String provider = parts.group(3);
      String label = parts.group(4) == null || parts.group(4).isBlank() ? null : parts.group(4);
      try {
        closures.add(
            new Closure(
                WHOLE_CLINIC.equals(provider) ? null : provider,
                LocalDate.parse(parts.group(1)),
                LocalDate.parse(parts.group(2)),
                label));
      } catch (DateTimeException e) {
        throw invalid("closures", i, "days that exist, written YYYY-MM-DD");
      }
    }
    return closures;
  }

  private static List<String> lines(String text) {
    return text == null ? List.of() : text.lines().toList();
  }

  private static String twoDigitHour(String time) {
    return time.length() == 4 ? "0" + time : time;
  }

  private static InvalidScheduleException invalid(String list, int index, String expected) {
    return new InvalidScheduleException(
        "Line " + (index + 1) + " of the " + list + " is invalid: write it as " + expected + ".");
  }
}

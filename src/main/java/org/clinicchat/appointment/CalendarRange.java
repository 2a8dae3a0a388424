package org.clinicchat.appointment;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * The days a staff calendar view covers, in the clinic's zone: one day, or a week from Monday to
 * Sunday. Its bounds are the instants at which the first day starts and the day after the last one
 * starts, each from {@link LocalDate#atStartOfDay(ZoneId)}, so a day with a daylight saving change
 * is 23 or 25 hours long and no hour is lost or counted twice.
 *
 * @param first the first day shown
 * @param span one day or one week
 * @param zone the clinic's zone
 */
public record CalendarRange(LocalDate first, CalendarSpan span, ZoneId zone) {

  public CalendarRange {
    if (first == null || span == null || zone == null) {
      throw new IllegalArgumentException("A calendar range needs a first day, a span and a zone.");
    }
    if (span == CalendarSpan.WEEK && first.getDayOfWeek() != DayOfWeek.MONDAY) {
      throw new IllegalArgumentException("A calendar week starts on a Monday, not " + first + ".");
    }
  }

  /** Returns the range of the span that contains the day: the day itself, or its week. */
  public static CalendarRange containing(LocalDate day, CalendarSpan span, ZoneId zone) {
    LocalDate first =
        span == CalendarSpan.WEEK
            ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            : day;
    return new CalendarRange(first, span, zone);
  }

  /** Returns the day after the last day shown. */
  public LocalDate end() {
    return first.plusDays(span.days());
  }

  /** Returns the instant at which the first day starts, inclusive. */
  public Instant startInstant() {
    return first.atStartOfDay(zone).toInstant();
  }

  /** Returns the instant at which the day after the last day starts, exclusive. */
  public Instant endInstant() {
    return end().atStartOfDay(zone).toInstant();
  }

  /** Returns the range of the same span just before this one. */
  public CalendarRange previous() {
    return new CalendarRange(first.minusDays(span.days()), span, zone);
  }

  /** Returns the range of the same span just after this one. */
  public CalendarRange next() {
    return new CalendarRange(end(), span, zone);
  }

  /**
   * Returns the span and first day, such as {@code WEEK-2026-03-09}, as the audit resource id. It
   * uses only characters that the audit trail search accepts in a resource id.
   */
  @Override
  public String toString() {
    return span + "-" + first;
  }
}

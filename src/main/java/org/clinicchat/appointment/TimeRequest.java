package org.clinicchat.appointment;

import java.time.LocalDate;
import java.time.LocalTime;

/** The day and time a patient requests for a visit, read in the clinic's time zone. */
public sealed interface TimeRequest {

  /**
   * Days, and optionally a part of the day or a time, that the patient named.
   *
   * @param firstDay the first day meant, or {@code null} when only a time or part was named
   * @param lastDay the last day meant: the same as {@code firstDay} for one day, a Sunday for "next
   *     week"
   * @param part the part of the day named, {@link DayPart#ANY} when none
   * @param time the time named, or {@code null}
   */
  record Understood(LocalDate firstDay, LocalDate lastDay, DayPart part, LocalTime time)
      implements TimeRequest {}

  /**
   * A date that does not exist ("February 30") or has passed.
   *
   * @param expression the words that named the date, as the patient wrote them after normalization
   * @param reason why the date cannot be booked
   */
  record Rejected(String expression, Reason reason) implements TimeRequest {}

  /** The message names no day and no time. */
  record Unspecified() implements TimeRequest {}

  /** The reason a named date cannot be booked. */
  enum Reason {
    NOT_A_DATE,
    IN_THE_PAST
  }
}

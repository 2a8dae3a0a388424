package org.clinicchat.breach;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The notices a breach requires and when each is due, counted in calendar days from the date of
 * discovery, a date in the clinic's time zone.
 *
 * <ul>
 *   <li>Individuals: no later than 60 days after discovery (45 CFR 164.404(b)).
 *   <li>Media: for each state with more than 500 affected residents, prominent media outlets
 *       serving it, by the same date (164.406).
 *   <li>HHS: with 500 or more individuals affected in all, by the same date; otherwise in the
 *       annual log, no later than 60 days after the end of the calendar year of discovery
 *       (164.408).
 * </ul>
 *
 * @param affectedTotal the number of individuals affected, never negative
 * @param affectedByState affected residents by state (as entered), each count not negative
 * @param individualsNotifiedOn when the individual notices went out, or null while they have not
 */
public record NotificationDeadlines(
    LocalDate discoveredOn,
    int affectedTotal,
    Map<String, Integer> affectedByState,
    LocalDate individualsNotifiedOn) {

  /** Calendar days after discovery within which notices are due. */
  public static final int NOTICE_DAYS = 60;

  /** A state with more affected residents than this needs a media notice. */
  public static final int MEDIA_THRESHOLD = 500;

  /** With at least this many individuals affected, HHS is notified within {@link #NOTICE_DAYS}. */
  public static final int HHS_IMMEDIATE_THRESHOLD = 500;

  /**
   * Checks the counts and copies the map, sorted by state.
   *
   * @throws IllegalArgumentException if the date is missing or a count is negative
   */
  public NotificationDeadlines {
    if (discoveredOn == null) {
      throw new IllegalArgumentException("The date of discovery is missing");
    }
    if (affectedTotal < 0) {
      throw new IllegalArgumentException("Affected count is negative: " + affectedTotal);
    }
    affectedByState = Map.copyOf(affectedByState);
    if (affectedByState.values().stream().anyMatch(count -> count < 0)) {
      throw new IllegalArgumentException("An affected count per state is negative");
    }
  }

  /**
   * Returns the deadlines of an incident whose total is the larger of the patients attached from
   * the audit trail and the sum of the counts entered per state, because either may be incomplete.
   */
  public static NotificationDeadlines of(
      LocalDate discoveredOn,
      int attachedPatients,
      Map<String, Integer> affectedByState,
      LocalDate individualsNotifiedOn) {
    int stateSum = affectedByState.values().stream().mapToInt(Integer::intValue).sum();
    return new NotificationDeadlines(
        discoveredOn, Math.max(attachedPatients, stateSum), affectedByState, individualsNotifiedOn);
  }

  /** Returns the last day on which the individual notices may be sent. */
  public LocalDate individualNoticeDue() {
    return discoveredOn.plusDays(NOTICE_DAYS);
  }

  /** Returns the days from today to the individual notice deadline; negative once it passed. */
  public long daysRemaining(LocalDate today) {
    return ChronoUnit.DAYS.between(today, individualNoticeDue());
  }

  /** Returns whether the deadline has passed and the individual notices have not gone out. */
  public boolean isIndividualNoticeOverdue(LocalDate today) {
    return individualsNotifiedOn == null && today.isAfter(individualNoticeDue());
  }

  /** Returns the states, in order, with more than {@link #MEDIA_THRESHOLD} affected residents. */
  public List<String> mediaNoticeStates() {
    return new TreeMap<>(affectedByState)
        .entrySet().stream()
            .filter(state -> state.getValue() > MEDIA_THRESHOLD)
            .map(Map.Entry::getKey)
            .toList();
  }

  /** Returns the last day for the media notices, the same as for the individual ones. */
  public LocalDate mediaNoticeDue() {
    return individualNoticeDue();
  }

  /** Returns whether HHS must be notified within 60 days instead of in the annual log. */
  public boolean isHhsReportImmediate() {
    return affectedTotal >= HHS_IMMEDIATE_THRESHOLD;
  }

  /** Returns the last day for the report to HHS. */
  public LocalDate hhsReportDue() {
    if (isHhsReportImmediate()) {
      return individualNoticeDue();
    }
    return LocalDate.of(discoveredOn.getYear(), 12, 31).plusDays(NOTICE_DAYS);
  }
}

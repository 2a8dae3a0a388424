package org.clinicchat.breach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotificationDeadlinesTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final LocalDate DISCOVERED = LocalDate.of(2026, 10, 15);

  @Test
  void individualNoticeDueSixtyDaysAfterDiscovery() {
    assertEquals(LocalDate.of(2026, 12, 14), deadlines(10, Map.of()).individualNoticeDue());
  }

  @Test
  void daysRemainingCountedInClinicZone() {
    // 03:00 UTC on December 5 is still December 4 in New York.
    LocalDate today = clinicToday("2026-12-05T03:00:00Z");

    assertEquals(LocalDate.of(2026, 12, 4), today);
    assertEquals(10, deadlines(10, Map.of()).daysRemaining(today));
  }

  @Test
  void dueDayIsNotOverdue() {
    LocalDate today = clinicToday("2026-12-15T04:59:59Z");

    assertEquals(0, deadlines(10, Map.of()).daysRemaining(today));
    assertFalse(deadlines(10, Map.of()).isIndividualNoticeOverdue(today));
  }

  @Test
  void dayAfterDueIsOverdue() {
    LocalDate today = clinicToday("2026-12-15T05:00:00Z");

    assertEquals(-1, deadlines(10, Map.of()).daysRemaining(today));
    assertTrue(deadlines(10, Map.of()).isIndividualNoticeOverdue(today));
  }

  @Test
  void sentNoticesNeverOverdue() {
    NotificationDeadlines sent =
        NotificationDeadlines.of(DISCOVERED, 10, Map.of(), LocalDate.of(2026, 12, 1));

    assertFalse(sent.isIndividualNoticeOverdue(LocalDate.of(2027, 3, 1)));
  }

  @Test
  void mediaOnlyAboveFiveHundredPerState() {
    NotificationDeadlines deadlines =
        deadlines(0, Map.of("NY", 501, "NJ", 500, "CT", 2000, "PA", 12));

    assertEquals(List.of("CT", "NY"), deadlines.mediaNoticeStates());
  }

  @Test
  void mediaDueWithIndividualNotices() {
    assertEquals(LocalDate.of(2026, 12, 14), deadlines(0, Map.of("NY", 900)).mediaNoticeDue());
  }

  @Test
  void fiveHundredAffectedReportedToHhsAtOnce() {
    NotificationDeadlines deadlines = deadlines(500, Map.of());

    assertTrue(deadlines.isHhsReportImmediate());
    assertEquals(LocalDate.of(2026, 12, 14), deadlines.hhsReportDue());
  }

  @Test
  void fewerThanFiveHundredGoInAnnualLog() {
    NotificationDeadlines deadlines = deadlines(499, Map.of());

    assertFalse(deadlines.isHhsReportImmediate());
    assertEquals(LocalDate.of(2027, 3, 1), deadlines.hhsReportDue());
  }

  @Test
  void annualLogDueInLeapYear() {
    NotificationDeadlines deadlines =
        NotificationDeadlines.of(LocalDate.of(2027, 6, 1), 3, Map.of(), null);

    assertEquals(LocalDate.of(2028, 2, 29), deadlines.hhsReportDue());
  }

  @Test
  void stateCountsCanRaiseTotal() {
    NotificationDeadlines deadlines = deadlines(40, Map.of("NY", 300, "NJ", 250));

    assertEquals(550, deadlines.affectedTotal());
    assertTrue(deadlines.isHhsReportImmediate());
  }

  @Test
  void attachedPatientsCanRaiseTotal() {
    assertEquals(120, deadlines(120, Map.of("NY", 30)).affectedTotal());
  }

  @Test
  void negativeStateCountRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> deadlines(0, Map.of("NY", -1)));

    assertEquals("An affected count per state is negative", e.getMessage());
  }

  @Test
  void missingDiscoveryRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> NotificationDeadlines.of(null, 0, Map.of(), null));

    assertEquals("The date of discovery is missing", e.getMessage());
  }

  private static NotificationDeadlines deadlines(int attached, Map<String, Integer> byState) {
    return NotificationDeadlines.of(DISCOVERED, attached, byState, null);
  }

  private static LocalDate clinicToday(String instant) {
    return new ClinicCalendar(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), NEW_YORK)
        .today();
  }
}

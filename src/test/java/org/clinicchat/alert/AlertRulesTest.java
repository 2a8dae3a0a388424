package org.clinicchat.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.AuditOutcome;
import org.junit.jupiter.api.Test;

/**
 * Each monitoring rule fires on its scenario and stays silent on normal use. Times are fixed: the
 * clinic is open Monday to Friday 08:00 to 18:00 in Chicago, and Wednesday 2026-12-02 10:00 there
 * is 16:00 UTC.
 */
class AlertRulesTest {

  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  private static final Instant WEDNESDAY_MORNING = Instant.parse("2026-12-02T16:00:00Z");
  private static final Instant WEDNESDAY_NIGHT = Instant.parse("2026-12-03T05:00:00Z");
  private static final Instant SATURDAY_NOON = Instant.parse("2026-12-05T18:00:00Z");

  private static final AlertThresholds THRESHOLDS =
      new AlertThresholds(
          3,
          Duration.ofMinutes(10),
          4,
          Duration.ofMinutes(15),
          6,
          Duration.ofMinutes(15),
          new ClinicHours(
              LocalTime.of(8, 0),
              LocalTime.of(18, 0),
              EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
              CHICAGO),
          Duration.ofHours(1));

  private final AlertRules rules = new AlertRules(THRESHOLDS);
  private final Trail trail = new Trail();

  @Test
  void transcriptReadsOverLimitFire() {
    for (int i = 0; i < 3; i++) {
      trail.add("dr-a", "CLINICIAN", AuditAction.TRANSCRIPT_READ, WEDNESDAY_MORNING.plusSeconds(i));
    }
    ObservedEvent fourth =
        trail.add(
            "dr-a", "CLINICIAN", AuditAction.TRANSCRIPT_READ, WEDNESDAY_MORNING.plusSeconds(3));

    List<Finding> findings = rules.evaluate(fourth, trail);

    assertEquals(List.of(AlertRule.TRANSCRIPT_READS_EXCEEDED), rulesOf(findings));
    assertEquals("dr-a", findings.getFirst().subject());
    assertEquals(4, findings.getFirst().count());
  }

  @Test
  void transcriptReadsAtLimitSilent() {
    ObservedEvent last = null;
    for (int i = 0; i < 3; i++) {
      last =
          trail.add(
              "dr-a", "CLINICIAN", AuditAction.TRANSCRIPT_READ, WEDNESDAY_MORNING.plusSeconds(i));
    }

    assertEquals(List.of(), rules.evaluate(last, trail));
  }

  @Test
  void transcriptReadsSpreadOutSilent() {
    ObservedEvent last = null;
    for (int i = 0; i < 6; i++) {
      last =
          trail.add(
              "dr-a",
              "CLINICIAN",
              AuditAction.TRANSCRIPT_READ,
              WEDNESDAY_MORNING.plusSeconds(i * 240));
    }

    assertEquals(List.of(), rules.evaluate(last, trail), "at most three reads in any 10 minutes");
  }

  @Test
  void transcriptReadsOfOtherUsersNotCounted() {
    for (int i = 0; i < 3; i++) {
      trail.add("dr-b", "CLINICIAN", AuditAction.TRANSCRIPT_READ, WEDNESDAY_MORNING.plusSeconds(i));
    }
    ObservedEvent own =
        trail.add(
            "dr-a", "CLINICIAN", AuditAction.TRANSCRIPT_READ, WEDNESDAY_MORNING.plusSeconds(5));

    assertEquals(List.of(), rules.evaluate(own, trail));
  }

  @Test
  void patientReadingOwnTranscriptsSilent() {
    ObservedEvent last = null;
    for (int i = 0; i < 10; i++) {
      last = trail.add("visitor-1", "PATIENT", AuditAction.TRANSCRIPT_READ, WEDNESDAY_NIGHT);
    }

    assertEquals(List.of(), rules.evaluate(last, trail), "patients use the chat at any hour");
  }

  @Test
  void staffReadAtNightFires() {
    ObservedEvent read =
        trail.add("dr-a", "CLINICIAN", AuditAction.TRANSCRIPT_READ, WEDNESDAY_NIGHT);

    assertEquals(List.of(AlertRule.AFTER_HOURS_ACCESS), rulesOf(rules.evaluate(read, trail)));
  }

  @Test
  void staffReadOnSaturdayFires() {
    ObservedEvent read = trail.add("dr-a", "CLINICIAN", AuditAction.TRANSCRIPT_READ, SATURDAY_NOON);

    assertEquals(List.of(AlertRule.AFTER_HOURS_ACCESS), rulesOf(rules.evaluate(read, trail)));
  }

  @Test
  void transcriptExportAtNightFires() {
    ObservedEvent export =
        trail.add("dr-a", "CLINICIAN", AuditAction.TRANSCRIPT_EXPORTED, WEDNESDAY_NIGHT);

    assertEquals(List.of(AlertRule.AFTER_HOURS_ACCESS), rulesOf(rules.evaluate(export, trail)));
  }

  @Test
  void staffReadInHoursSilent() {
    ObservedEvent read =
        trail.add("dr-a", "CLINICIAN", AuditAction.TRANSCRIPT_READ, WEDNESDAY_MORNING);

    assertEquals(List.of(), rules.evaluate(read, trail));
  }

  @Test
  void auditSearchAtNightSilent() {
    ObservedEvent search =
        trail.add("auditor", "AUDITOR", AuditAction.AUDIT_TRAIL_READ, WEDNESDAY_NIGHT);

    assertEquals(List.of(), rules.evaluate(search, trail), "the audit trail holds no PHI");
  }

  @Test
  void clinicHoursUseTheClinicZone() {
    // 13:30 UTC is 07:30 in Chicago, before opening, though within 08:00-18:00 in UTC.
    assertFalse(THRESHOLDS.clinicHours().isOpen(Instant.parse("2026-12-02T13:30:00Z")));
  }

  @Test
  void closingTimeIsExclusive() {
    assertFalse(THRESHOLDS.clinicHours().isOpen(Instant.parse("2026-12-03T00:00:00Z")));
  }

  @Test
  void openingTimeIsInclusive() {
    assertTrue(THRESHOLDS.clinicHours().isOpen(Instant.parse("2026-12-02T14:00:00Z")));
  }

  @Test
  void failedLoginsForUserFire() {
    ObservedEvent fifth = null;
    for (int i = 0; i < 5; i++) {
      fifth = failedLogin("dr-a", "192.0.2.1", WEDNESDAY_MORNING.plusSeconds(i));
    }

    List<Finding> findings = rules.evaluate(fifth, trail);

    assertEquals(List.of(AlertRule.FAILED_LOGINS_FOR_USER), rulesOf(findings));
    assertEquals(5, findings.getFirst().count());
  }

  @Test
  void fewFailedLoginsSilent() {
    ObservedEvent fourth = null;
    for (int i = 0; i < 4; i++) {
      fourth = failedLogin("dr-a", "192.0.2.1", WEDNESDAY_MORNING.plusSeconds(i));
    }

    assertEquals(List.of(), rules.evaluate(fourth, trail), "a typo or two is normal use");
  }

  @Test
  void failedLoginsOutsideWindowSilent() {
    ObservedEvent last = null;
    for (int i = 0; i < 8; i++) {
      last = failedLogin("dr-a", "192.0.2.1", WEDNESDAY_MORNING.plus(Duration.ofMinutes(i * 5L)));
    }

    assertEquals(List.of(), rules.evaluate(last, trail), "at most four in any 15 minutes");
  }

  @Test
  void failedLoginsFromAddressFire() {
    ObservedEvent seventh = null;
    for (int i = 0; i < 7; i++) {
      seventh = failedLogin("user-" + i, "198.51.100.7", WEDNESDAY_MORNING.plusSeconds(i));
    }

    List<Finding> findings = rules.evaluate(seventh, trail);

    assertEquals(List.of(AlertRule.FAILED_LOGINS_FROM_ADDRESS), rulesOf(findings));
    assertEquals("198.51.100.7", findings.getFirst().subject());
  }

  @Test
  void failedLoginsFromManyAddressesSilent() {
    ObservedEvent last = null;
    for (int i = 0; i < 7; i++) {
      last = failedLogin("user-" + i, "198.51.100." + i, WEDNESDAY_MORNING.plusSeconds(i));
    }

    assertEquals(List.of(), rules.evaluate(last, trail));
  }

  @Test
  void successfulLoginsSilent() {
    ObservedEvent last = null;
    for (int i = 0; i < 20; i++) {
      last = trail.add("dr-a", "NONE", AuditAction.LOGIN_SUCCEEDED, WEDNESDAY_MORNING, "192.0.2.1");
    }

    assertEquals(List.of(), rules.evaluate(last, trail));
  }

  @Test
  void emergencyAccessFires() {
    ObservedEvent grant =
        trail.add("dr-a", "CLINICIAN", AuditAction.EMERGENCY_ACCESS_GRANTED, WEDNESDAY_MORNING);

    assertEquals(List.of(AlertRule.EMERGENCY_ACCESS), rulesOf(rules.evaluate(grant, trail)));
  }

  @Test
  void rejectedEmergencyRequestQuiet() {
    ObservedEvent rejected =
        trail.add(
            "desk-a",
            "FRONT_DESK",
            AuditAction.EMERGENCY_ACCESS_GRANTED,
            WEDNESDAY_MORNING,
            null,
            AuditOutcome.FAILURE);

    assertEquals(List.of(), rulesOf(rules.evaluate(rejected, trail)));
  }

  @Test
  void emergencyAccessNeverQuiet() {
    assertEquals(Duration.ZERO, rules.quietPeriod(AlertRule.EMERGENCY_ACCESS));
  }

  @Test
  void brokenChainFires() {
    ObservedEvent check =
        trail.add(
            "system",
            "SYSTEM",
            AuditAction.AUDIT_CHAIN_VERIFIED,
            WEDNESDAY_MORNING,
            null,
            AuditOutcome.FAILURE);

    assertEquals(List.of(AlertRule.AUDIT_CHAIN_BROKEN), rulesOf(rules.evaluate(check, trail)));
  }

  @Test
  void intactChainSilent() {
    ObservedEvent check =
        trail.add("system", "SYSTEM", AuditAction.AUDIT_CHAIN_VERIFIED, WEDNESDAY_NIGHT);

    assertEquals(List.of(), rules.evaluate(check, trail));
  }

  @Test
  void closingBeforeOpeningRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new ClinicHours(
                    LocalTime.of(18, 0),
                    LocalTime.of(8, 0),
                    EnumSet.of(DayOfWeek.MONDAY),
                    CHICAGO));

    assertEquals(
        "Clinic hours: the opening time 18:00 must be before the closing time 08:00",
        e.getMessage());
  }

  @Test
  void zeroWindowRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new AlertThresholds(
                    3,
                    Duration.ZERO,
                    4,
                    Duration.ofMinutes(15),
                    6,
                    Duration.ofMinutes(15),
                    THRESHOLDS.clinicHours(),
                    Duration.ofHours(1)));

    assertEquals("The transcript reads window must be longer than zero: PT0S", e.getMessage());
  }

  private ObservedEvent failedLogin(String user, String address, Instant at) {
    return trail.add(user, "NONE", AuditAction.LOGIN_FAILED, at, address, AuditOutcome.FAILURE);
  }

  private static List<AlertRule> rulesOf(List<Finding> findings) {
    return findings.stream().map(Finding::rule).toList();
  }

  /** An audit trail in memory, in sequence order. */
  private static final class Trail implements EventHistory {
    private final List<ObservedEvent> events = new ArrayList<>();

    ObservedEvent add(String actor, String role, AuditAction action, Instant at) {
      return add(actor, role, action, at, null, AuditOutcome.SUCCESS);
    }

    ObservedEvent add(String actor, String role, AuditAction action, Instant at, String address) {
      return add(actor, role, action, at, address, AuditOutcome.SUCCESS);
    }

    ObservedEvent add(
        String actor,
        String role,
        AuditAction action,
        Instant at,
        String address,
        AuditOutcome outcome) {
      ObservedEvent event =
          new ObservedEvent(events.size() + 1L, at, actor, role, action, outcome, address);
      events.add(event);
      return event;
    }

    @Override
    public long countByActor(
        AuditAction action, String actor, Instant from, Instant to, long throughSequence) {
      return events.stream()
          .filter(e -> e.action() == action && e.actor().equals(actor))
          .filter(e -> inRange(e, from, to, throughSequence))
          .count();
    }

    @Override
    public long countByAddress(
        AuditAction action, String address, Instant from, Instant to, long throughSequence) {
      return events.stream()
          .filter(e -> e.action() == action && Objects.equals(e.clientAddress(), address))
          .filter(e -> inRange(e, from, to, throughSequence))
          .count();
    }

    private static boolean inRange(ObservedEvent e, Instant from, Instant to, long through) {
      return !e.occurredAt().isBefore(from)
          && !e.occurredAt().isAfter(to)
          && e.sequence() <= through;
    }
  }
}

package org.clinicchat.policy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AcknowledgementRuleTest {

  private static final Instant ACKNOWLEDGED = Instant.parse("2025-12-04T09:00:00Z");

  @Test
  void dueWithoutAcknowledgement() {
    assertTrue(ruleAt(ACKNOWLEDGED).isDue(null));
  }

  @Test
  void notDueRightAfterAcknowledgement() {
    assertFalse(ruleAt(ACKNOWLEDGED).isDue(ACKNOWLEDGED));
  }

  @Test
  void notDueOneSecondBeforeYearEnds() {
    Instant almostAYear = ACKNOWLEDGED.plus(Duration.ofDays(365)).minusSeconds(1);

    assertFalse(ruleAt(almostAYear).isDue(ACKNOWLEDGED));
  }

  @Test
  void dueAfter365Days() {
    assertTrue(ruleAt(ACKNOWLEDGED.plus(Duration.ofDays(365))).isDue(ACKNOWLEDGED));
  }

  @Test
  void dueYearsLater() {
    assertTrue(ruleAt(ACKNOWLEDGED.plus(Duration.ofDays(3 * 365))).isDue(ACKNOWLEDGED));
  }

  @Test
  void dueAfter365DaysAcrossLeapDay() {
    // 365 days, not a calendar year: across 29 February 2028 it ends a day before the anniversary.
    Instant march2027 = Instant.parse("2027-03-01T09:00:00Z");

    assertTrue(ruleAt(Instant.parse("2028-02-29T09:00:00Z")).isDue(march2027));
  }

  private static AcknowledgementRule ruleAt(Instant now) {
    return new AcknowledgementRule(Clock.fixed(now, ZoneOffset.UTC));
  }
}

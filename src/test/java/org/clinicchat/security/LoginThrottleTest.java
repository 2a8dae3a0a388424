package org.clinicchat.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private static final Instant START = Instant.parse("2026-12-04T09:00:00Z");

  private final LoginPolicy policy = policy();
  private final LoginThrottle throttle = new LoginThrottle("digest");

  @Test
  void fifthFailureLocks() {
    for (int i = 0; i < 4; i++) {
      assertFalse(throttle.recordFailure(policy, START.plusSeconds(i)), "failure " + (i + 1));
    }

    assertTrue(throttle.recordFailure(policy, START.plusSeconds(4)));
    assertTrue(throttle.isLocked(START.plusSeconds(5)));
  }

  @Test
  void lockEndsAfterFifteenMinutes() {
    fail(5, START);

    assertTrue(throttle.isLocked(START.plus(Duration.ofMinutes(14))));
    assertFalse(throttle.isLocked(START.plus(Duration.ofMinutes(16))));
  }

  @Test
  void failuresOutsideWindowDoNotCount() {
    fail(4, START);

    assertFalse(throttle.recordFailure(policy, START.plus(Duration.ofMinutes(16))));
  }

  @Test
  void secondLockoutLastsTwiceAsLong() {
    fail(5, START);
    Instant later = START.plus(Duration.ofMinutes(20));
    fail(5, later);

    assertTrue(throttle.isLocked(later.plus(Duration.ofMinutes(29))));
    assertFalse(throttle.isLocked(later.plus(Duration.ofMinutes(31))));
  }

  @Test
  void lockoutCappedAtOneDay() {
    assertEquals(Duration.ofHours(24), policy.lockoutFor(20));
  }

  @Test
  void resetUnlocks() {
    fail(5, START);

    throttle.reset();

    assertFalse(throttle.isLocked(START.plusSeconds(10)));
  }

  @Test
  void digestIgnoresCase() {
    assertEquals(LoginLockout.digest("Nurse.Jones"), LoginLockout.digest("nurse.jones"));
  }

  private void fail(int times, Instant from) {
    for (int i = 0; i < times; i++) {
      throttle.recordFailure(policy, from.plusSeconds(i));
    }
  }

  private static LoginPolicy policy() {
    LoginPolicy policy = new LoginPolicy();
    policy.maxFailures = 5;
    policy.failureWindow = Duration.ofMinutes(15);
    policy.lockout = Duration.ofMinutes(15);
    return policy;
  }
}

package org.clinicchat.breakglass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BreakGlassGrantTest {

  private static final Instant GRANTED = Instant.parse("2026-12-04T03:10:00Z");
  private static final Duration THIRTY_MINUTES = Duration.ofMinutes(30);
  private static final String CONVERSATION = "0f8c3a52-61d4-4c55-9b0e-6a3f4d2e9b11";

  private final BreakGlassGrant grant =
      new BreakGlassGrant(CONVERSATION, "desk-a", GRANTED, THIRTY_MINUTES);

  @Test
  void activeWhenGranted() {
    assertTrue(grant.isActiveAt(now(Clock.fixed(GRANTED, ZoneOffset.UTC))));
  }

  @Test
  void activeJustBeforeExpiry() {
    Clock clock = Clock.offset(Clock.fixed(GRANTED, ZoneOffset.UTC), THIRTY_MINUTES.minusNanos(1));

    assertTrue(grant.isActiveAt(now(clock)));
  }

  @Test
  void expiredAtExpiryTime() {
    Clock clock = Clock.offset(Clock.fixed(GRANTED, ZoneOffset.UTC), THIRTY_MINUTES);

    assertFalse(grant.isActiveAt(now(clock)));
  }

  @Test
  void expiredLater() {
    Clock clock = Clock.offset(Clock.fixed(GRANTED, ZoneOffset.UTC), Duration.ofDays(1));

    assertFalse(grant.isActiveAt(now(clock)));
  }

  @Test
  void notActiveBeforeGranted() {
    Clock clock = Clock.offset(Clock.fixed(GRANTED, ZoneOffset.UTC), Duration.ofSeconds(-1));

    assertFalse(grant.isActiveAt(now(clock)));
  }

  @Test
  void expiryIsGrantPlusDuration() {
    assertEquals(Instant.parse("2026-12-04T03:40:00Z"), grant.getExpiresAt());
  }

  @Test
  void endedGrantInactiveFromEnd() {
    Instant ended = GRANTED.plus(Duration.ofMinutes(5));

    grant.endAt(ended);

    assertFalse(grant.isActiveAt(ended));
  }

  @Test
  void endedGrantActiveBeforeEnd() {
    Instant ended = GRANTED.plus(Duration.ofMinutes(5));

    grant.endAt(ended);

    assertTrue(grant.isActiveAt(ended.minusNanos(1)));
  }

  @Test
  void endAfterExpiryKeepsExpiry() {
    grant.endAt(GRANTED.plus(Duration.ofHours(1)));

    assertEquals(GRANTED.plus(THIRTY_MINUTES), grant.getExpiresAt());
  }

  @Test
  void zeroDurationRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new BreakGlassGrant(CONVERSATION, "desk-a", GRANTED, Duration.ZERO));

    assertEquals("The emergency access duration must be positive, but is PT0S", e.getMessage());
  }

  @Test
  void negativeDurationRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new BreakGlassGrant(CONVERSATION, "desk-a", GRANTED, Duration.ofMinutes(-5)));
  }

  @Test
  void newGrantNotSignedOff() {
    assertFalse(grant.isSignedOff());
  }

  private static Instant now(Clock clock) {
    return Instant.now(clock);
  }
}

package org.clinicchat.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

  private static final long MINUTE = Duration.ofMinutes(1).toNanos();
  private static final long START = 1_000L;

  @Test
  void fullBucketAllowsCapacity() {
    TokenBucket bucket = new TokenBucket(3, MINUTE, START);

    assertEquals(0, bucket.take(START));
    assertEquals(0, bucket.take(START));
    assertEquals(0, bucket.take(START));
  }

  @Test
  void emptyBucketRejectsWithWait() {
    TokenBucket bucket = new TokenBucket(3, MINUTE, START);
    for (int i = 0; i < 3; i++) {
      bucket.take(START);
    }

    long wait = bucket.take(START);

    // Three tokens a minute: the next one is 20 seconds away.
    assertEquals(Duration.ofSeconds(20).toNanos(), wait);
  }

  @Test
  void rejectedCallTakesNothing() {
    TokenBucket bucket = new TokenBucket(1, MINUTE, START);
    bucket.take(START);
    bucket.take(START);

    long wait = bucket.take(START + MINUTE / 2);

    assertEquals(MINUTE / 2, wait);
  }

  @Test
  void refillsAfterWait() {
    TokenBucket bucket = new TokenBucket(3, MINUTE, START);
    for (int i = 0; i < 3; i++) {
      bucket.take(START);
    }

    assertEquals(0, bucket.take(START + Duration.ofSeconds(20).toNanos()));
    assertTrue(bucket.take(START + Duration.ofSeconds(20).toNanos()) > 0);
  }

  @Test
  void refillStopsAtCapacity() {
    TokenBucket bucket = new TokenBucket(2, MINUTE, START);
    long hourLater = START + 60 * MINUTE;

    assertEquals(0, bucket.take(hourLater));
    assertEquals(0, bucket.take(hourLater));
    assertTrue(bucket.take(hourLater) > 0);
  }

  @Test
  void fullOnlyAfterRefill() {
    TokenBucket bucket = new TokenBucket(2, MINUTE, START);
    bucket.take(START);

    assertFalse(bucket.isFull(START));
    assertTrue(bucket.isFull(START + MINUTE / 2));
  }

  @Test
  void earlierReadingChangesNothing() {
    TokenBucket bucket = new TokenBucket(1, MINUTE, START);
    bucket.take(START);

    assertEquals(MINUTE, bucket.take(START - MINUTE));
  }

  @Test
  void zeroCapacityRejected() {
    assertThrows(IllegalArgumentException.class, () -> new TokenBucket(0, MINUTE, START));
  }

  @Test
  void zeroPeriodRejected() {
    assertThrows(IllegalArgumentException.class, () -> new TokenBucket(1, 0, START));
  }
}

package org.clinicchat.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClientRateLimiterTest {

  private static final Duration MINUTE = Duration.ofMinutes(1);
  private static final long START = 5_000L;

  @Test
  void smallLimitRejectsThirdCall() {
    ClientRateLimiter limiter = new ClientRateLimiter(2, MINUTE, 100);

    assertEquals(Duration.ZERO, limiter.acquire("192.0.2.1", START));
    assertEquals(Duration.ZERO, limiter.acquire("192.0.2.1", START));
    assertEquals(Duration.ofSeconds(30), limiter.acquire("192.0.2.1", START));
  }

  @Test
  void addressesCountedApart() {
    ClientRateLimiter limiter = new ClientRateLimiter(1, MINUTE, 100);
    limiter.acquire("192.0.2.1", START);

    assertEquals(Duration.ZERO, limiter.acquire("192.0.2.2", START));
    assertEquals(Duration.ZERO, limiter.acquire("2001:db8::1", START));
  }

  @Test
  void waitEndsLimit() {
    ClientRateLimiter limiter = new ClientRateLimiter(1, MINUTE, 100);
    limiter.acquire("192.0.2.1", START);
    Duration wait = limiter.acquire("192.0.2.1", START);

    assertEquals(Duration.ZERO, limiter.acquire("192.0.2.1", START + wait.toNanos()));
  }

  @Test
  void memoryBoundedByMaxClients() {
    ClientRateLimiter limiter = new ClientRateLimiter(5, MINUTE, 3);

    for (int i = 0; i < 50; i++) {
      limiter.acquire("192.0.2." + i, START);
    }

    assertEquals(3, limiter.clients());
  }

  @Test
  void fullBucketsDroppedFirst() {
    ClientRateLimiter limiter = new ClientRateLimiter(1, MINUTE, 2);
    limiter.acquire("192.0.2.1", START);
    limiter.acquire("192.0.2.2", START + MINUTE.toNanos());

    // A minute on, 192.0.2.1 is full again and 192.0.2.2 is drained: the full one goes.
    limiter.acquire("192.0.2.3", START + MINUTE.toNanos());

    assertEquals(Duration.ofSeconds(60), limiter.acquire("192.0.2.2", START + MINUTE.toNanos()));
  }

  @Test
  void leastRecentlyUsedDroppedNext() {
    ClientRateLimiter limiter = new ClientRateLimiter(1, MINUTE, 2);
    limiter.acquire("192.0.2.1", START);
    limiter.acquire("192.0.2.2", START);

    limiter.acquire("192.0.2.3", START);

    assertEquals(2, limiter.clients());
    assertEquals(Duration.ofSeconds(60), limiter.acquire("192.0.2.2", START));
  }

  @Test
  void zeroMaxClientsRejected() {
    assertThrows(IllegalArgumentException.class, () -> new ClientRateLimiter(1, MINUTE, 0));
  }

  @Test
  void zeroRequestsRejected() {
    assertThrows(IllegalArgumentException.class, () -> new ClientRateLimiter(0, MINUTE, 10));
  }
}

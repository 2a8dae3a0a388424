package org.clinicchat.ratelimit;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One {@link TokenBucket} per client address, in bounded memory: at most {@code maxClients} buckets
 * are kept. When a new address would exceed that, full buckets are dropped first (forgetting them
 * changes nothing), and then the buckets used longest ago.
 *
 * <p>NOTE: a caller that rotates through more than {@code maxClients} addresses within one period
 * can push its own drained buckets out and start again with full ones. The bound protects the
 * server's memory, not against such a distributed caller.
 */
final class ClientRateLimiter {

  private final int capacity;
  private final long periodNanos;
  private final int maxClients;

  /** The buckets in access order, so the first entry is the one used longest ago. */
  private final LinkedHashMap<String, TokenBucket> buckets = new LinkedHashMap<>(16, 0.75f, true);

  ClientRateLimiter(int capacity, Duration period, int maxClients) {
    if (maxClients < 1) {
      throw new IllegalArgumentException("maxClients must be at least 1");
    }
    this.capacity = capacity;
    this.periodNanos = period.toNanos();
    this.maxClients = maxClients;
    // Fails here, at start, on a capacity or a period below 1.
    new TokenBucket(capacity, periodNanos, 0);
  }

  /**
   * Counts one call of the client and returns {@link Duration#ZERO} if it is allowed, or else how
   * long the client must wait before its next call is allowed.
   */
  synchronized Duration acquire(String client, long now) {
    TokenBucket bucket = buckets.get(client);
    if (bucket == null) {
      makeRoom(now);
      bucket = new TokenBucket(capacity, periodNanos, now);
      buckets.put(client, bucket);
    }
    return Duration.ofNanos(bucket.take(now));
  }

  /** Returns how many clients have a bucket now. */
  synchronized int clients() {
    return buckets.size();
  }

  private void makeRoom(long now) {
    if (buckets.size() < maxClients) {
      return;
    }
    buckets.values().removeIf(bucket -> bucket.isFull(now));
    Iterator<Map.Entry<String, TokenBucket>> oldestFirst = buckets.entrySet().iterator();
    while (buckets.size() >= maxClients && oldestFirst.hasNext()) {
      oldestFirst.next();
      oldestFirst.remove();
    }
  }
}

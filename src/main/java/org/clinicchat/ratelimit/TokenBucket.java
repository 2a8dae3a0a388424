package org.clinicchat.ratelimit;

/**
 * A token bucket of at most {@code capacity} tokens. It starts full and refills continuously at
 * {@code capacity} tokens per {@code periodNanos}. Each call takes one token, and a call that finds
 * less than one is rejected. Times are {@link System#nanoTime()} readings passed in by the caller,
 * so the bucket reads no clock of its own. Not thread-safe: {@link ClientRateLimiter} locks around
 * it.
 */
final class TokenBucket {

  private final double capacity;
  private final double tokensPerNano;
  private double tokens;
  private long updatedAt;

  TokenBucket(int capacity, long periodNanos, long now) {
    if (capacity < 1 || periodNanos < 1) {
      throw new IllegalArgumentException("A token bucket needs a capacity and a period above 0");
    }
    this.capacity = capacity;
    this.tokensPerNano = capacity / (double) periodNanos;
    this.tokens = capacity;
    this.updatedAt = now;
  }

  /**
   * Takes one token if there is one and returns 0, or else returns how many nanoseconds remain
   * until the next token.
   */
  long take(long now) {
    refill(now);
    if (tokens >= 1) {
      tokens -= 1;
      return 0;
    }
    return Math.max(1, (long) Math.ceil((1 - tokens) / tokensPerNano));
  }

  /** Returns whether the bucket is full at this time, so forgetting it changes nothing. */
  boolean isFull(long now) {
    refill(now);
    return tokens >= capacity;
  }

  private void refill(long now) {
    // nanoTime readings are compared by difference, which stays correct across overflow.
    long elapsed = now - updatedAt;
    if (elapsed > 0) {
      tokens = Math.min(capacity, tokens + elapsed * tokensPerNano);
      updatedAt = now;
    }
  }
}

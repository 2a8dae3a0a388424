package org.clinicchat.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed logins for one user name, and the lockout they caused. The user name is stored only as a
 * SHA-256 digest, because people sometimes type a password into the user name field.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

  @Id
  @Column(name = "username_digest", length = 64)
  private String usernameDigest;

  @Column(nullable = false)
  private int failures;

  @Column(name = "window_start")
  private Instant windowStart;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(nullable = false)
  private int lockouts;

  @Version private long version;

  protected LoginThrottle() {}

  LoginThrottle(String usernameDigest) {
    this.usernameDigest = usernameDigest;
  }

  boolean isLocked(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /**
   * Counts a failure and returns whether it locked the account. Failures older than the window no
   * longer count; each lockout lasts twice as long as the one before, up to a day.
   */
  boolean recordFailure(LoginPolicy policy, Instant now) {
    if (windowStart == null || now.isAfter(windowStart.plus(policy.failureWindow()))) {
      windowStart = now;
      failures = 0;
    }
    failures++;
    if (failures < policy.maxFailures()) {
      return false;
    }
    lockedUntil = now.plus(policy.lockoutFor(lockouts));
    lockouts++;
    failures = 0;
    windowStart = null;
    return true;
  }

  void reset() {
    failures = 0;
    windowStart = null;
    lockedUntil = null;
    lockouts = 0;
  }

  Instant getLockedUntil() {
    return lockedUntil;
  }

  /** Returns how long the lock still lasts, or zero. */
  Duration remaining(Instant now) {
    return isLocked(now) ? Duration.between(now, lockedUntil) : Duration.ZERO;
  }
}

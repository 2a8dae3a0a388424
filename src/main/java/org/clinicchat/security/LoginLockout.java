package org.clinicchat.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

/** Keeps count of failed staff logins per user name and locks a user name out after too many. */
@ApplicationScoped
public class LoginLockout {

  @PersistenceContext EntityManager entityManager;

  @Inject LoginPolicy policy;

  private final Clock clock = Clock.systemUTC();

  /** Returns whether logins with this user name are locked now. */
  @Transactional(TxType.REQUIRES_NEW)
  public boolean isLocked(String username) {
    LoginThrottle throttle = entityManager.find(LoginThrottle.class, digest(username));
    return throttle != null && throttle.isLocked(Instant.now(clock));
  }

  /** Counts a failed login and returns whether it locked the user name. */
  @Transactional(TxType.REQUIRES_NEW)
  public boolean recordFailure(String username) {
    String key = digest(username);
    LoginThrottle throttle =
        entityManager.find(LoginThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
    if (throttle == null) {
      throttle = new LoginThrottle(key);
      entityManager.persist(throttle);
    }
    return throttle.recordFailure(policy, Instant.now(clock));
  }

  /** Clears the failures of a user name after a successful login or an unlock. */
  @Transactional(TxType.REQUIRES_NEW)
  public void clear(String username) {
    LoginThrottle throttle = entityManager.find(LoginThrottle.class, digest(username));
    if (throttle != null) {
      throttle.reset();
    }
  }

  /** Returns when the lock on a user name ends, or null if it is not locked. */
  public Instant lockedUntil(String username) {
    LoginThrottle throttle = entityManager.find(LoginThrottle.class, digest(username));
    Instant now = Instant.now(clock);
    return throttle != null && throttle.isLocked(now) ? throttle.getLockedUntil() : null;
  }

  static String digest(String username) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      byte[] hash =
          sha256.digest(username.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }
}

package org.clinicchat.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The lockout rule for staff logins: {@code clinicchat.login.max-failures} failures within {@code
 * clinicchat.login.failure-window} lock the account for {@code clinicchat.login.lockout}, and each
 * later lockout lasts twice as long as the one before, up to {@value #MAX_LOCKOUT_HOURS} hours.
 */
@ApplicationScoped
public class LoginPolicy {

  static final int MAX_LOCKOUT_HOURS = 24;

  @Inject
  @ConfigProperty(name = "clinicchat.login.max-failures", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "clinicchat.login.failure-window", defaultValue = "PT15M")
  Duration failureWindow;

  @Inject
  @ConfigProperty(name = "clinicchat.login.lockout", defaultValue = "PT15M")
  Duration lockout;

  public int maxFailures() {
    return maxFailures;
  }

  public Duration failureWindow() {
    return failureWindow;
  }

  /** Returns the length of the lockout after the given number of earlier lockouts. */
  public Duration lockoutFor(int earlierLockouts) {
    Duration max = Duration.ofHours(MAX_LOCKOUT_HOURS);
    Duration length = lockout;
    for (int i = 0; i < earlierLockouts && length.compareTo(max) < 0; i++) {
      length = length.multipliedBy(2);
    }
    return length.compareTo(max) < 0 ? length : max;
  }
}

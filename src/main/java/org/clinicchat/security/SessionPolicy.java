package org.clinicchat.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Staff session limits: an idle timeout ({@code clinicchat.session.idle-timeout}, default {@code
 * PT15M}) and an absolute timeout from sign-in ({@code clinicchat.session.absolute-timeout},
 * default {@code PT12H}), plus the time allowed between the password and the code ({@value
 * #SECOND_STEP_MINUTES} minutes).
 *
 * <p>Both are read at each use rather than injected once, so a changed value applies to the next
 * sign-in. Payara caches MicroProfile Config values, for 60 seconds by default.
 */
@ApplicationScoped
public class SessionPolicy {

  static final String IDLE_TIMEOUT = "clinicchat.session.idle-timeout";
  static final String ABSOLUTE_TIMEOUT = "clinicchat.session.absolute-timeout";
  static final int SECOND_STEP_MINUTES = 5;

  /** Returns how long a signed-in session may stay unused. */
  public Duration idleTimeout() {
    return read(IDLE_TIMEOUT, Duration.ofMinutes(15));
  }

  /** Returns how long a session lasts after sign-in, used or not. */
  public Duration absoluteTimeout() {
    return read(ABSOLUTE_TIMEOUT, Duration.ofHours(12));
  }

  /** Returns how long the code step may follow the password step. */
  public Duration secondStepTimeout() {
    return Duration.ofMinutes(SECOND_STEP_MINUTES);
  }

  private static Duration read(String name, Duration fallback) {
    return ConfigProvider.getConfig().getOptionalValue(name, Duration.class).orElse(fallback);
  }
}

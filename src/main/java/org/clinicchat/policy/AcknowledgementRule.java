package org.clinicchat.policy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * When a staff member must acknowledge the policy: before their first access to PHI, after each new
 * version, and {@link #VALIDITY} after their last acknowledgement of the current version.
 */
public final class AcknowledgementRule {

  /** How long an acknowledgement of the current version counts: a year. */
  public static final Duration VALIDITY = Duration.ofDays(365);

  private final Clock clock;

  public AcknowledgementRule(Clock clock) {
    this.clock = clock;
  }

  /**
   * Returns whether an acknowledgement is due now.
   *
   * @param lastOfCurrentVersion the staff member's latest acknowledgement of the current version,
   *     or null if they never acknowledged it
   */
  public boolean isDue(Instant lastOfCurrentVersion) {
    if (lastOfCurrentVersion == null) {
      return true;
    }
    return !Instant.now(clock).isBefore(lastOfCurrentVersion.plus(VALIDITY));
  }
}

package org.clinicchat.alert;

import java.time.Duration;

/**
 * The limits of the monitoring rules. A windowed rule fires when the count in its window exceeds
 * its maximum, so a maximum of 30 fires on the 31st event.
 *
 * @param repeatAfter how long a rule on single events (after-hours access, a broken chain) stays
 *     quiet for the same subject after it fired
 */
public record AlertThresholds(
    int transcriptReadsMax,
    Duration transcriptReadsWindow,
    int failedLoginsPerUserMax,
    Duration failedLoginsPerUserWindow,
    int failedLoginsPerAddressMax,
    Duration failedLoginsPerAddressWindow,
    ClinicHours clinicHours,
    Duration repeatAfter) {

  public AlertThresholds {
    requirePositive(transcriptReadsWindow, "transcript reads window");
    requirePositive(failedLoginsPerUserWindow, "failed logins per user window");
    requirePositive(failedLoginsPerAddressWindow, "failed logins per address window");
    requirePositive(repeatAfter, "repeat-after period");
    if (transcriptReadsMax < 1 || failedLoginsPerUserMax < 1 || failedLoginsPerAddressMax < 1) {
      throw new IllegalArgumentException("Alert maximums must be 1 or more");
    }
  }

  private static void requirePositive(Duration duration, String name) {
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("The " + name + " must be longer than zero: " + duration);
    }
  }
}

package org.clinicchat.retention;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Runs retention every night at 02:30 server time. Every server of a cluster runs it; an erasure
 * locks its conversation and checks for a receipt first, so a conversation is erased once.
 */
@Singleton
public class RetentionSchedule {

  @Inject Retention retention;

  @Schedule(hour = "2", minute = "30", persistent = false)
  void nightly() {
    retention.run();
  }
}

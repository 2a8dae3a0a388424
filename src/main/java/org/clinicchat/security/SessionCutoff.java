package org.clinicchat.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The time before which every signed-in session of a staff member has ended, on every server of a
 * cluster: written at logout, disabling and MFA reset, read by each server's sign-in mechanism.
 */
@Entity
@Table(name = "staff_session_cutoff")
public class SessionCutoff {

  @Id
  @Column(length = 100)
  private String username;

  /** Epoch milliseconds, so that the cutoff keeps its milliseconds on every database. */
  @Column(name = "ended_before_millis", nullable = false)
  private long endedBeforeMillis;

  protected SessionCutoff() {}

  SessionCutoff(String username, Instant endedBefore) {
    this.username = username;
    this.endedBeforeMillis = endedBefore.toEpochMilli();
  }

  Instant getEndedBefore() {
    return Instant.ofEpochMilli(endedBeforeMillis);
  }

  void moveTo(Instant endedBefore) {
    this.endedBeforeMillis = endedBefore.toEpochMilli();
  }
}

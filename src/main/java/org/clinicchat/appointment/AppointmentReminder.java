package org.clinicchat.appointment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The reminder of one appointment, claimed before its email is sent. The appointment id is the key,
 * so two servers of a cluster cannot both claim the same reminder. Only inserted.
 */
@Entity
@Table(name = "appointment_reminder")
public class AppointmentReminder {

  @Id
  @Column(name = "appointment_id", length = 36)
  private String appointmentId;

  @Column(name = "claimed_at", nullable = false)
  private Instant claimedAt;

  protected AppointmentReminder() {}

  AppointmentReminder(String appointmentId, Instant claimedAt) {
    this.appointmentId = appointmentId;
    this.claimedAt = claimedAt;
  }

  public String getAppointmentId() {
    return appointmentId;
  }

  public Instant getClaimedAt() {
    return claimedAt;
  }
}

package org.clinicchat.appointment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.UUID;

/**
 * One grid step of a provider's time held by a booked appointment. The unique constraint on
 * provider and start is what keeps two patients from holding the same time, across threads and
 * servers: a second insert for the step fails in the database, whichever server makes it. An
 * appointment has one claim per grid step it covers, so visits of different lengths that overlap
 * collide as well. Cancelling or rescheduling deletes the claims.
 */
@Entity
@Table(
    name = "appointment_slot_claim",
    uniqueConstraints =
        @UniqueConstraint(
            name = "appointment_slot_claim_step",
            columnNames = {"provider_id", "starts_at"}))
public class SlotClaim {

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "provider_id", nullable = false, length = 40)
  private String providerId;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "appointment_id", nullable = false, length = 36)
  private String appointmentId;

  protected SlotClaim() {}

  SlotClaim(String providerId, Instant startsAt, String appointmentId) {
    this.id = UUID.randomUUID().toString();
    this.providerId = providerId;
    this.startsAt = startsAt;
    this.appointmentId = appointmentId;
  }

  public String getProviderId() {
    return providerId;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public String getAppointmentId() {
    return appointmentId;
  }
}

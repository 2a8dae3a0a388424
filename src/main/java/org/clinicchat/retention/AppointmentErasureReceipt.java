package org.clinicchat.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The proof that retention deleted one appointment: its id, the rule and the time, and no content.
 * Receipts are only added, so the list of what was deleted outlives the appointments.
 */
@Entity
@Table(name = "retention_appointment_receipt")
public class AppointmentErasureReceipt {

  @Id
  @Column(name = "appointment_id", length = 36)
  private String appointmentId;

  @Column(nullable = false, length = 60)
  private String rule;

  @Column(name = "erased_at", nullable = false)
  private Instant erasedAt;

  protected AppointmentErasureReceipt() {}

  AppointmentErasureReceipt(String appointmentId, String rule, Instant erasedAt) {
    this.appointmentId = appointmentId;
    this.rule = rule;
    this.erasedAt = erasedAt;
  }

  public String getAppointmentId() {
    return appointmentId;
  }

  public String getRule() {
    return rule;
  }

  public Instant getErasedAt() {
    return erasedAt;
  }
}

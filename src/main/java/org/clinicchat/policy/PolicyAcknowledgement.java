package org.clinicchat.policy;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A staff member's statement that they read one version of the policy, at a time. Only inserted.
 */
@Entity
@Cacheable(false)
@Table(
    name = "policy_acknowledgement",
    indexes =
        @Index(
            name = "policy_acknowledgement_user",
            columnList = "staff_user, version_no, acknowledged_at"))
public class PolicyAcknowledgement {

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "staff_user", nullable = false, length = 100)
  private String staffUser;

  @Column(name = "version_no", nullable = false)
  private int version;

  @Column(name = "acknowledged_at", nullable = false, columnDefinition = "DATETIME(6) NOT NULL")
  private Instant acknowledgedAt;

  protected PolicyAcknowledgement() {}

  PolicyAcknowledgement(String staffUser, int version, Instant acknowledgedAt) {
    this.id = UUID.randomUUID().toString();
    this.staffUser = staffUser;
    this.version = version;
    this.acknowledgedAt = acknowledgedAt;
  }

  public String getStaffUser() {
    return staffUser;
  }

  public int getVersion() {
    return version;
  }

  public Instant getAcknowledgedAt() {
    return acknowledgedAt;
  }
}

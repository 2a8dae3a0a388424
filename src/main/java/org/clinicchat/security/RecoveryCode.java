package org.clinicchat.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One of a staff account's one-time recovery codes, stored only as a SHA-256 digest. A used code
 * keeps its row with the time of use, so it cannot be used again.
 */
@Entity
@Table(
    name = "staff_recovery_code",
    indexes = @Index(name = "staff_recovery_code_user", columnList = "username"))
public class RecoveryCode {

  @Id
  @Column(length = 36)
  private String id;

  @Column(nullable = false, length = 64)
  private String username;

  @Column(name = "code_digest", nullable = false, length = 64)
  private String codeDigest;

  @Column(name = "used_at")
  private Instant usedAt;

  protected RecoveryCode() {}

  RecoveryCode(String id, String username, String codeDigest) {
    this.id = id;
    this.username = username;
    this.codeDigest = codeDigest;
  }

  void markUsed(Instant now) {
    this.usedAt = now;
  }
}

package org.clinicchat.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A staff account's enrolled TOTP secret. The secret is stored encrypted under a data key of its
 * own, owned by {@link #getDataKeyOwner()}, and bound to the user name, so a secret copied to
 * another account's row fails to decrypt. {@code last_time_step} is the newest time step whose code
 * was accepted: a code is accepted only for a later step, which makes each code work once.
 */
@Entity
@Table(name = "staff_totp")
public class TotpEnrolment {

  @Id
  @Column(length = 64)
  private String username;

  /**
   * A random UUID that {@link org.clinicchat.crypto.FieldEncryption} keys this secret's data key
   * by, in the place where it otherwise takes a conversation id.
   */
  @Column(name = "data_key_owner", nullable = false, length = 36)
  private String dataKeyOwner;

  @Column(name = "secret", nullable = false, columnDefinition = "TEXT")
  private String encryptedSecret;

  @Column(name = "enrolled_at", nullable = false)
  private Instant enrolledAt;

  @Column(name = "last_time_step", nullable = false)
  private long lastTimeStep;

  protected TotpEnrolment() {}

  TotpEnrolment(String username, String dataKeyOwner, Instant enrolledAt, long firstTimeStep) {
    this.username = username;
    this.dataKeyOwner = dataKeyOwner;
    this.enrolledAt = enrolledAt;
    this.lastTimeStep = firstTimeStep;
  }

  String getUsername() {
    return username;
  }

  String getDataKeyOwner() {
    return dataKeyOwner;
  }

  String getEncryptedSecret() {
    return encryptedSecret;
  }

  void setEncryptedSecret(String encryptedSecret) {
    this.encryptedSecret = encryptedSecret;
  }

  long getLastTimeStep() {
    return lastTimeStep;
  }

  void accept(long timeStep) {
    this.lastTimeStep = timeStep;
  }

  Instant getEnrolledAt() {
    return enrolledAt;
  }
}

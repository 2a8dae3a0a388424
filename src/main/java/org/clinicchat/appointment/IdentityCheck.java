package org.clinicchat.appointment;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A visitor's proof of identity for appointments: a one-time code sent to an email address, to be
 * entered with the same name and date of birth. Until the code is confirmed nothing personal is
 * stored: the row contains keyed HMAC-SHA256 digests of the code, of the claimed details and of the
 * email address (for rate limits), never the values. Once confirmed, it names the patient identity
 * and lets the same visitor book, reschedule and cancel until it expires.
 */
@Entity
@Cacheable(false)
@Table(
    name = "appointment_identity_check",
    indexes = {
      @Index(name = "appointment_identity_check_email", columnList = "email_index"),
      @Index(name = "appointment_identity_check_visitor", columnList = "visitor")
    })
public class IdentityCheck {

  @Id
  @Column(length = 36)
  private String id;

  @Column(nullable = false, length = 64)
  private String visitor;

  @Column(name = "email_index", nullable = false, length = 64)
  private String emailIndex;

  @Column(name = "details_digest", nullable = false, length = 64)
  private String detailsDigest;

  @Column(name = "code_digest", nullable = false, length = 64)
  private String codeDigest;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "failed_attempts", nullable = false)
  private int failedAttempts;

  @Column(name = "patient_id", length = 36)
  private String patientId;

  protected IdentityCheck() {}

  IdentityCheck(String visitor, String emailIndex, Instant createdAt, Instant expiresAt) {
    this.id = UUID.randomUUID().toString();
    this.visitor = visitor;
    this.emailIndex = emailIndex;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  /** Stores the digests; the code digest covers this row's id, so it is useless in another row. */
  void expect(String detailsDigest, String codeDigest) {
    this.detailsDigest = detailsDigest;
    this.codeDigest = codeDigest;
  }

  void recordFailure() {
    failedAttempts++;
  }

  /** Marks the check confirmed for the patient, valid until {@code until}. */
  void confirm(String patient, Instant until) {
    patientId = patient;
    expiresAt = until;
    // A confirmed check takes no further codes.
    codeDigest = "confirmed";
  }

  public String getId() {
    return id;
  }

  public String getVisitor() {
    return visitor;
  }

  String getDetailsDigest() {
    return detailsDigest;
  }

  String getCodeDigest() {
    return codeDigest;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public int getFailedAttempts() {
    return failedAttempts;
  }

  /** Returns the verified patient's identity id, or null while the code is not confirmed. */
  public String getPatientId() {
    return patientId;
  }

  public boolean isConfirmed() {
    return patientId != null;
  }
}

package org.clinicchat.breakglass;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.clinicchat.crypto.FieldLocation;

/**
 * Emergency access of one staff member to one conversation, from the moment it was granted until it
 * expires. Its life: granted at once on a request with a reason, used for transcript reads until
 * {@link #getExpiresAt()}, then signed off by a privacy officer with a note. Signing off does not
 * change the expiry. A privacy officer who ends the grant early moves it to that moment.
 *
 * <p>The reason and the sign-off note are free text that may describe a patient, so both are stored
 * encrypted under a data key of the grant's own, whose key id is the grant's id. Erasing the
 * conversation therefore leaves the record of who broke the glass and why readable.
 */
@Entity
@Cacheable(false)
@Table(
    name = "break_glass_grant",
    indexes = {
      @Index(name = "break_glass_grant_holder", columnList = "granted_to, conversation_id"),
      @Index(name = "break_glass_grant_open", columnList = "signed_off_at, granted_at")
    })
public class BreakGlassGrant {

  /** The entity name bound to the encrypted fields; part of the stored format. */
  static final String ENCRYPTED_ENTITY = "BreakGlassGrant";

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "conversation_id", nullable = false, length = 36)
  private String conversationId;

  @Column(name = "granted_to", nullable = false, length = 100)
  private String grantedTo;

  @Column(columnDefinition = "TEXT NOT NULL")
  private String reason;

  @Column(name = "granted_at", nullable = false, columnDefinition = "DATETIME(6) NOT NULL")
  private Instant grantedAt;

  @Column(name = "expires_at", nullable = false, columnDefinition = "DATETIME(6) NOT NULL")
  private Instant expiresAt;

  @Column(name = "signed_off_at", columnDefinition = "DATETIME(6)")
  private Instant signedOffAt;

  @Column(name = "signed_off_by", length = 100)
  private String signedOffBy;

  @Column(name = "sign_off_note", columnDefinition = "TEXT")
  private String signOffNote;

  protected BreakGlassGrant() {}

  /**
   * Creates a grant that starts at {@code grantedAt} and lasts {@code duration}.
   *
   * @throws IllegalArgumentException if the duration is zero or negative
   */
  BreakGlassGrant(String conversationId, String grantedTo, Instant grantedAt, Duration duration) {
    if (duration.isZero() || duration.isNegative()) {
      throw new IllegalArgumentException(
          "The emergency access duration must be positive, but is " + duration);
    }
    this.id = UUID.randomUUID().toString();
    this.conversationId = conversationId;
    this.grantedTo = grantedTo;
    this.grantedAt = grantedAt;
    this.expiresAt = grantedAt.plus(duration);
  }

  /** Returns whether the grant allows reading its conversation at {@code now}. */
  public boolean isActiveAt(Instant now) {
    return !now.isBefore(grantedAt) && now.isBefore(expiresAt);
  }

  /** Ends the grant at {@code at}, if it would expire later. */
  void endAt(Instant at) {
    if (at.isBefore(expiresAt)) {
      expiresAt = at;
    }
  }

  FieldLocation reasonLocation() {
    return new FieldLocation(ENCRYPTED_ENTITY, "reason", id);
  }

  FieldLocation signOffNoteLocation() {
    return new FieldLocation(ENCRYPTED_ENTITY, "signOffNote", id);
  }

  void sealedReason(String encryptedReason) {
    reason = encryptedReason;
  }

  void signOff(String privacyOfficer, String encryptedNote, Instant at) {
    signedOffBy = privacyOfficer;
    signOffNote = encryptedNote;
    signedOffAt = at;
  }

  public boolean isSignedOff() {
    return signedOffAt != null;
  }

  public String getId() {
    return id;
  }

  public String getConversationId() {
    return conversationId;
  }

  public String getGrantedTo() {
    return grantedTo;
  }

  String getReason() {
    return reason;
  }

  public Instant getGrantedAt() {
    return grantedAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getSignedOffAt() {
    return signedOffAt;
  }

  public String getSignedOffBy() {
    return signedOffBy;
  }

  String getSignOffNote() {
    return signOffNote;
  }
}

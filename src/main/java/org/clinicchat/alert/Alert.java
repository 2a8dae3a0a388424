package org.clinicchat.alert;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.UUID;
import org.clinicchat.crypto.FieldLocation;

/**
 * A rule that fired on an audit event: which rule, for which staff user or client address, how many
 * events were in its window, and the event that made it fire. Its life: raised by the scan, emailed
 * once the mail server accepts it, then acknowledged by a privacy officer or administrator with a
 * note. The note is free text and may mention a patient, so it is stored encrypted under the
 * alert's own data key.
 *
 * <p>One alert per rule, subject and triggering event, which the unique constraint enforces even if
 * two scans raced.
 */
@Entity
@Cacheable(false)
@Table(
    name = "security_alert",
    uniqueConstraints =
        @UniqueConstraint(
            name = "security_alert_trigger",
            columnNames = {"rule", "subject", "trigger_sequence"}),
    indexes = {
      @Index(name = "security_alert_subject", columnList = "rule, subject, occurred_at"),
      @Index(name = "security_alert_pending", columnList = "notified_at")
    })
public class Alert {

  /** The entity name bound to the encrypted note; part of the stored format. */
  static final String ENCRYPTED_ENTITY = "Alert";

  static final String NOTE_ATTRIBUTE = "acknowledgementNote";

  @Id
  @Column(length = 36)
  private String id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private AlertRule rule;

  @Column(nullable = false, length = 100)
  private String subject;

  @Column(name = "event_count", nullable = false)
  private long eventCount;

  @Column(name = "occurred_at", nullable = false, columnDefinition = "DATETIME(6) NOT NULL")
  private Instant occurredAt;

  @Column(name = "trigger_sequence", nullable = false)
  private long triggerSequence;

  @Column(name = "raised_at", nullable = false, columnDefinition = "DATETIME(6) NOT NULL")
  private Instant raisedAt;

  @Column(name = "notified_at", columnDefinition = "DATETIME(6)")
  private Instant notifiedAt;

  @Column(name = "notification_attempts", nullable = false)
  private int notificationAttempts;

  @Column(name = "acknowledged_at", columnDefinition = "DATETIME(6)")
  private Instant acknowledgedAt;

  @Column(name = "acknowledged_by", length = 100)
  private String acknowledgedBy;

  @Column(name = "acknowledgement_note", columnDefinition = "TEXT")
  private String acknowledgementNote;

  protected Alert() {}

  Alert(Finding finding, Instant raisedAt) {
    this.id = UUID.randomUUID().toString();
    this.rule = finding.rule();
    this.subject = finding.subject();
    this.eventCount = finding.count();
    this.occurredAt = finding.occurredAt();
    this.triggerSequence = finding.sequence();
    this.raisedAt = raisedAt;
  }

  /** Returns where the encrypted note is stored, which its ciphertext is bound to. */
  FieldLocation noteLocation() {
    return new FieldLocation(ENCRYPTED_ENTITY, NOTE_ATTRIBUTE, id);
  }

  void notified(Instant at) {
    notifiedAt = at;
    notificationAttempts++;
  }

  void notificationFailed() {
    notificationAttempts++;
  }

  void acknowledge(String staffUser, String encryptedNote, Instant at) {
    acknowledgedBy = staffUser;
    acknowledgementNote = encryptedNote;
    acknowledgedAt = at;
  }

  public boolean isAcknowledged() {
    return acknowledgedAt != null;
  }

  public String getId() {
    return id;
  }

  public AlertRule getRule() {
    return rule;
  }

  public String getSubject() {
    return subject;
  }

  public long getEventCount() {
    return eventCount;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public long getTriggerSequence() {
    return triggerSequence;
  }

  public Instant getRaisedAt() {
    return raisedAt;
  }

  public Instant getNotifiedAt() {
    return notifiedAt;
  }

  public int getNotificationAttempts() {
    return notificationAttempts;
  }

  public Instant getAcknowledgedAt() {
    return acknowledgedAt;
  }

  public String getAcknowledgedBy() {
    return acknowledgedBy;
  }

  String getAcknowledgementNote() {
    return acknowledgementNote;
  }
}

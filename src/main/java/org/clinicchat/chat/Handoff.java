package org.clinicchat.chat;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One request to hand a conversation to a person: waiting in the staff queue until a staff member
 * takes it over, then staff answer and the assistant stays silent until the handoff ends. The rows
 * are kept, as the record of who answered a patient and when.
 */
// Not in the shared cache: another cluster member takes over and ends handoffs in the database,
// and a cached copy here would still show the patient as waiting.
@Entity
@Cacheable(false)
@Table(
    name = "chat_handoff",
    indexes = @Index(name = "chat_handoff_open", columnList = "conversation_id, ended_at"))
public class Handoff {

  /** The cause of a handoff. */
  public enum Reason {
    /** The patient asked for a person. */
    PATIENT_REQUEST,
    /** A message suggested an emergency. */
    EMERGENCY,
    /** The assistant had no answer twice in a row. */
    NO_ANSWER
  }

  /** The way a handoff ended. */
  public enum Ending {
    /** Staff handed the conversation back to the assistant. */
    HANDED_BACK,
    /** Staff closed the conversation: the assistant answers new messages again. */
    CLOSED,
    /** No staff member took it over in time, so the patient was given the clinic's phone number. */
    TIMED_OUT
  }

  @Id
  @Column(length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "conversation_id", nullable = false)
  private Conversation conversation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Reason reason;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "taken_by", length = 64)
  private String takenBy;

  @Column(name = "taken_at")
  private Instant takenAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private Ending ending;

  protected Handoff() {}

  Handoff(Conversation conversation, Reason reason, Instant requestedAt) {
    this.id = UUID.randomUUID().toString();
    this.conversation = conversation;
    this.reason = reason;
    this.requestedAt = requestedAt;
  }

  void take(String staffUser, Instant at) {
    takenBy = staffUser;
    takenAt = at;
  }

  void end(Ending how, Instant at) {
    ending = how;
    endedAt = at;
  }

  /** Returns {@code WAITING} while in the queue, {@code STAFF} once taken, {@code ENDED} after. */
  public String state() {
    if (endedAt != null) {
      return "ENDED";
    }
    return takenBy == null ? "WAITING" : "STAFF";
  }

  /** Returns whether the handoff waits in the queue for a staff member. */
  public boolean isWaiting() {
    return takenBy == null && endedAt == null;
  }

  public String getId() {
    return id;
  }

  public Conversation getConversation() {
    return conversation;
  }

  public Reason getReason() {
    return reason;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public String getTakenBy() {
    return takenBy;
  }

  public Instant getTakenAt() {
    return takenAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public Ending getEnding() {
    return ending;
  }
}

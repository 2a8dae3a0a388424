package org.clinicchat.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The highest message sequence number that the patient's widget reported as shown, one row per
 * conversation. It only moves forward: a lower or equal number leaves it as it is, so an
 * acknowledgement that arrives late never takes one back.
 */
@Entity
@Table(name = "conversation_acknowledgement")
public class PatientAcknowledgement {

  @Id
  @Column(name = "conversation_id", length = 36)
  private String conversationId;

  @Column(name = "seen_up_to", nullable = false)
  private int seenUpTo;

  @Column(name = "acknowledged_at", nullable = false)
  private Instant acknowledgedAt;

  protected PatientAcknowledgement() {}

  PatientAcknowledgement(String conversationId) {
    this.conversationId = conversationId;
  }

  /** Moves the acknowledgement to {@code sequence} if that is higher than the stored one. */
  void advance(int sequence, Instant at) {
    if (sequence > seenUpTo) {
      seenUpTo = sequence;
      acknowledgedAt = at;
    }
  }

  public int getSeenUpTo() {
    return seenUpTo;
  }
}

package org.clinicchat.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A legal hold on a conversation: while it is in force, retention does not erase the conversation.
 * A released hold stays as the record of its release time and releasing user.
 */
@Entity
@Table(name = "retention_legal_hold")
public class LegalHold {

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "conversation_id", nullable = false, length = 36)
  private String conversationId;

  /** The matter, such as a case number. The page asks for no patient details here. */
  @Column(nullable = false, length = 200)
  private String reason;

  @Column(name = "placed_by", nullable = false, length = 100)
  private String placedBy;

  @Column(name = "placed_at", nullable = false)
  private Instant placedAt;

  @Column(name = "released_by", length = 100)
  private String releasedBy;

  @Column(name = "released_at")
  private Instant releasedAt;

  protected LegalHold() {}

  LegalHold(String conversationId, String reason, String placedBy, Instant placedAt) {
    this.id = UUID.randomUUID().toString();
    this.conversationId = conversationId;
    this.reason = reason;
    this.placedBy = placedBy;
    this.placedAt = placedAt;
  }

  void release(String by, Instant at) {
    releasedBy = by;
    releasedAt = at;
  }

  public String getId() {
    return id;
  }

  public String getConversationId() {
    return conversationId;
  }

  public String getReason() {
    return reason;
  }

  public String getPlacedBy() {
    return placedBy;
  }

  public Instant getPlacedAt() {
    return placedAt;
  }

  public boolean isReleased() {
    return releasedAt != null;
  }
}

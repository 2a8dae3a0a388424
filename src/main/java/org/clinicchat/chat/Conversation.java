package org.clinicchat.chat;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A chat between one visitor and the clinic. Its id is random, so knowing one id reveals nothing
 * about another; it holds no message text, only counts and times.
 */
// Not in the shared cache: every cluster member changes the counts, times and urgent flag.
@Entity
@Cacheable(false)
@Table(
    name = "conversation",
    indexes = @Index(name = "conversation_visitor", columnList = "visitor"))
public class Conversation {

  @Id
  @Column(length = 36)
  private String id;

  @Column(nullable = false, length = 36)
  private String visitor;

  @Column(name = "consent_id", nullable = false, length = 36)
  private String consentId;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "last_message_at")
  private Instant lastMessageAt;

  @Column(name = "message_count", nullable = false)
  private int messageCount;

  // Set when a patient message suggested an emergency; staff see it on the conversation list.
  @Column(nullable = false)
  private boolean urgent;

  @Version private long version;

  protected Conversation() {}

  Conversation(String visitor, String consentId, Instant startedAt) {
    this.id = UUID.randomUUID().toString();
    this.visitor = visitor;
    this.consentId = consentId;
    this.startedAt = startedAt;
  }

  /** Returns the sequence number for the next message and counts it. */
  int nextSequence(Instant at) {
    messageCount++;
    lastMessageAt = at;
    return messageCount;
  }

  /** Flags the conversation for staff because a message in it suggested an emergency. */
  void flagUrgent() {
    urgent = true;
  }

  boolean belongsTo(String visitorPseudonym) {
    return visitor.equals(visitorPseudonym);
  }

  public String getId() {
    return id;
  }

  public String getVisitor() {
    return visitor;
  }

  public String getConsentId() {
    return consentId;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getLastMessageAt() {
    return lastMessageAt;
  }

  public int getMessageCount() {
    return messageCount;
  }

  public boolean isUrgent() {
    return urgent;
  }
}

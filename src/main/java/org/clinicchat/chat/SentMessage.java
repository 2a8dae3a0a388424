package org.clinicchat.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.UUID;

/**
 * The idempotency key of one patient send and the messages it stored, so that a retried request
 * (after a timeout or a dropped connection) returns the first result instead of storing the message
 * twice. The key is chosen by the widget and contains no patient data.
 */
@Entity
@Table(
    name = "chat_sent_message",
    uniqueConstraints =
        @UniqueConstraint(
            name = "chat_sent_message_key",
            columnNames = {"conversation_id", "idempotency_key"}))
public class SentMessage {

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "conversation_id", nullable = false, length = 36)
  private String conversationId;

  @Column(name = "idempotency_key", nullable = false, length = SentMessage.MAX_KEY_LENGTH)
  private String idempotencyKey;

  @Column(name = "patient_message_id", nullable = false, length = 36)
  private String patientMessageId;

  @Column(name = "reply_message_id", length = 36)
  private String replyMessageId;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  /** Maximum length of an idempotency key, in characters. */
  public static final int MAX_KEY_LENGTH = 64;

  protected SentMessage() {}

  SentMessage(String conversationId, String idempotencyKey, Exchange exchange, Instant sentAt) {
    this.id = UUID.randomUUID().toString();
    this.conversationId = conversationId;
    this.idempotencyKey = idempotencyKey;
    this.patientMessageId = exchange.patientMessage().getId();
    this.replyMessageId = exchange.reply() == null ? null : exchange.reply().getId();
    this.sentAt = sentAt;
  }

  String getPatientMessageId() {
    return patientMessageId;
  }

  String getReplyMessageId() {
    return replyMessageId;
  }
}

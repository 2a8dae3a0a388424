package org.clinicchat.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.UUID;
import org.clinicchat.crypto.EncryptedTextConverter;

/**
 * One message of a conversation, numbered in the order of storage. The text is PHI: the column
 * holds only AES-GCM ciphertext written by {@link EncryptedTextConverter}. A message is never
 * changed after it is stored.
 */
@Entity
@Table(
    name = "chat_message",
    uniqueConstraints =
        @UniqueConstraint(
            name = "chat_message_sequence",
            columnNames = {"conversation_id", "seq_no"}))
public class Message {

  /** Longest text a patient may send, in characters. */
  public static final int MAX_TEXT_LENGTH = 4000;

  @Id
  @Column(length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "conversation_id", nullable = false)
  private Conversation conversation;

  @Column(name = "seq_no", nullable = false)
  private int sequence;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Sender sender;

  // TEXT (up to 65,535 bytes in MariaDB, a CLOB in H2): the ciphertext of 4,000 characters is up
  // to about 21,400 bytes, more than MariaDB allows a VARCHAR in one row.
  @Convert(converter = EncryptedTextConverter.class)
  @Column(name = "text_ciphertext", nullable = false, columnDefinition = "TEXT")
  private String text;

  @Column(length = 40)
  private String topic;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  protected Message() {}

  Message(
      Conversation conversation,
      int sequence,
      Sender sender,
      String text,
      String topic,
      Instant sentAt) {
    this.id = UUID.randomUUID().toString();
    this.conversation = conversation;
    this.sequence = sequence;
    this.sender = sender;
    this.text = text;
    this.topic = topic;
    this.sentAt = sentAt;
  }

  public String getId() {
    return id;
  }

  public Conversation getConversation() {
    return conversation;
  }

  public int getSequence() {
    return sequence;
  }

  public Sender getSender() {
    return sender;
  }

  public String getText() {
    return text;
  }

  public String getTopic() {
    return topic;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}

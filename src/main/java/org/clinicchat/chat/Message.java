package org.clinicchat.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.UUID;
import org.clinicchat.crypto.FieldLocation;
import org.clinicchat.crypto.FieldOpener;
import org.clinicchat.crypto.FieldSealer;

/**
 * One message of a conversation, numbered in the order of storage. The text is PHI: the column
 * holds only AES-GCM ciphertext under the conversation's data key, bound to this message's id, so
 * the text is encrypted when the message is built and decrypted by {@link #open}, never by JPA. A
 * message is never changed after it is stored, except that the key rotation job re-encrypts text
 * still in the old {@code v1} format.
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

  // Part of every stored value's authenticated data: renaming them makes stored text unreadable.
  private static final String ENTITY_NAME = "Message";
  private static final String TEXT_ATTRIBUTE = "text";

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
  @Column(name = "text_ciphertext", nullable = false, columnDefinition = "TEXT")
  private String textCiphertext;

  @Transient private String text;

  @Transient private TextState textState = TextState.SEALED;

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
      Instant sentAt,
      FieldSealer sealer) {
    this.id = UUID.randomUUID().toString();
    this.conversation = conversation;
    this.sequence = sequence;
    this.sender = sender;
    this.textCiphertext = sealer.seal(text, textLocation());
    this.text = text;
    this.textState = TextState.READABLE;
    this.topic = topic;
    this.sentAt = sentAt;
  }

  /** Whether the text of a message read from the database could be decrypted. */
  public enum TextState {
    /** Not decrypted yet. */
    SEALED,
    READABLE,
    /** The conversation was erased: its data key no longer exists. */
    ERASED,
    /** Decryption failed: the value was altered, copied from elsewhere, or its key is missing. */
    UNREADABLE
  }

  /**
   * Decrypts the stored text, or throws what {@link FieldOpener#open} throws; {@link
   * #markUnreadable} records the failure.
   */
  void open(FieldOpener opener) {
    text = opener.open(textCiphertext, textLocation());
    textState = TextState.READABLE;
  }

  void markUnreadable(TextState state) {
    text = null;
    textState = state;
  }

  /**
   * Re-encrypts the text under the sealer's data key: text in the old {@code v1} format, or text
   * under a data key that is getting new material.
   */
  void reseal(FieldOpener opener, FieldSealer sealer) {
    String plaintext = opener.open(textCiphertext, textLocation());
    textCiphertext = sealer.seal(plaintext, textLocation());
  }

  boolean isInLegacyFormat() {
    return textCiphertext.startsWith("v1:");
  }

  private FieldLocation textLocation() {
    return new FieldLocation(ENTITY_NAME, TEXT_ATTRIBUTE, id);
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

  /** Returns the plaintext, or null unless {@link #getTextState()} is {@code READABLE}. */
  public String getText() {
    return text;
  }

  public TextState getTextState() {
    return textState;
  }

  public boolean isReadable() {
    return textState == TextState.READABLE;
  }

  public String getTopic() {
    return topic;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}

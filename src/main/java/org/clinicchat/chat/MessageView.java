package org.clinicchat.chat;

import java.time.Instant;
import org.clinicchat.assistant.Reply;

/**
 * A stored message as the patient sees it; {@code emergency} marks the fixed emergency answer. The
 * text is null when {@code textState} is not {@code READABLE}: the conversation was erased, or the
 * stored value failed to decrypt.
 */
public record MessageView(
    int sequence,
    String sender,
    String text,
    String textState,
    Instant sentAt,
    String topic,
    boolean emergency) {

  /** Returns the view of a message whose text was opened or found unreadable. */
  public static MessageView of(Message message) {
    return new MessageView(
        message.getSequence(),
        message.getSender().name(),
        message.getText(),
        message.getTextState().name(),
        message.getSentAt(),
        message.getTopic(),
        Reply.EMERGENCY_TOPIC.equals(message.getTopic()));
  }
}

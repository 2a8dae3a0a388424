package org.clinicchat.chat;

import java.time.Instant;

/**
 * A stored message as the patient sees it. The text is null when {@code textState} is not {@code
 * READABLE}: the conversation was erased, or the stored value failed to decrypt.
 */
public record MessageView(
    int sequence, String sender, String text, String textState, Instant sentAt, String topic) {

  static MessageView of(Message message) {
    return new MessageView(
        message.getSequence(),
        message.getSender().name(),
        message.getText(),
        message.getTextState().name(),
        message.getSentAt(),
        message.getTopic());
  }
}

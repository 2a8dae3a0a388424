package org.clinicchat.chat;

import java.time.Instant;
import org.clinicchat.assistant.Reply;

/** A stored message as the patient sees it; {@code emergency} marks the fixed emergency answer. */
public record MessageView(
    int sequence, String sender, String text, Instant sentAt, String topic, boolean emergency) {

  static MessageView of(Message message) {
    return new MessageView(
        message.getSequence(),
        message.getSender().name(),
        message.getText(),
        message.getSentAt(),
        message.getTopic(),
        Reply.EMERGENCY_TOPIC.equals(message.getTopic()));
  }
}

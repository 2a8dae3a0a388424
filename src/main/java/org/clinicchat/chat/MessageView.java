package org.clinicchat.chat;

import java.time.Instant;

/** A stored message as the patient sees it. */
public record MessageView(int sequence, String sender, String text, Instant sentAt, String topic) {

  static MessageView of(Message message) {
    return new MessageView(
        message.getSequence(),
        message.getSender().name(),
        message.getText(),
        message.getSentAt(),
        message.getTopic());
  }
}

package org.clinicchat.disclosure;

import java.util.List;
import org.clinicchat.chat.Message;
import org.clinicchat.chat.Sender;

/**
 * Writes a transcript as the plain text that a disclosure hands over: a header that names the
 * recipient, purpose and ledger entry, then one line per message with its UTC time and sender.
 * Messages that cannot be read are listed without text, so the export shows that they exist.
 */
final class TranscriptText {

  private TranscriptText() {}

  static String render(
      String conversationId, Disclosure entry, String recipient, List<Message> messages) {
    StringBuilder text = new StringBuilder();
    text.append("ClinicChat transcript of conversation ").append(conversationId).append('\n');
    // One line, so that a recipient typed with line breaks cannot add lines to the header.
    text.append("Disclosed to: ").append(recipient.replaceAll("\\R", " ")).append('\n');
    text.append("Purpose: ").append(entry.getPurpose().label()).append('\n');
    text.append("Disclosed on: ")
        .append(entry.getDisclosedOn())
        .append(" by ")
        .append(entry.getRecordedBy())
        .append('\n');
    text.append("Accounting of disclosures entry: ").append(entry.getId()).append("\n\n");
    for (Message message : messages) {
      text.append(message.getSentAt())
          .append(' ')
          .append(senderName(message.getSender()))
          .append(": ")
          .append(messageText(message))
          .append('\n');
    }
    return text.toString();
  }

  private static String senderName(Sender sender) {
    return switch (sender) {
      case PATIENT -> "Patient";
      case ASSISTANT -> "Assistant";
      case STAFF -> "Staff";
    };
  }

  private static String messageText(Message message) {
    return switch (message.getTextState()) {
      case READABLE -> message.getText();
      case ERASED -> "(erased: this conversation's data key was destroyed)";
      default -> "(unreadable: the stored text failed to decrypt)";
    };
  }
}

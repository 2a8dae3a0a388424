package org.clinicchat.chat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.clinicchat.safety.Language;

/**
 * The transcript a patient downloads from the widget: their conversation with every stored message,
 * as JSON (this record) or as plain text ({@link #plainText}). Message text is written exactly as
 * stored, so the file shows what the clinic reads.
 *
 * @param conversationId the conversation
 * @param startedAt when the conversation started
 * @param downloadedAt when the file was made
 * @param messages the messages in the order they were stored
 */
public record TranscriptDownload(
    String conversationId, Instant startedAt, Instant downloadedAt, List<MessageView> messages) {

  /** The sender names and notes of the plain-text file in one language. */
  private record Labels(
      String title,
      String conversation,
      String started,
      String downloaded,
      Map<String, String> senders,
      String erased,
      String unreadable) {}

  private static final Labels ENGLISH =
      new Labels(
          "Transcript of your chat with the clinic",
          "Conversation",
          "Started",
          "Downloaded",
          Map.of("PATIENT", "You", "ASSISTANT", "Assistant", "STAFF", "Clinic staff"),
          "(This message was erased.)",
          "(This message can no longer be read.)");

  private static final Labels SPANISH =
      new Labels(
          "Transcripción de su chat con la clínica",
          "Conversación",
          "Inicio",
          "Descarga",
          Map.of("PATIENT", "Usted", "ASSISTANT", "Asistente", "STAFF", "Personal de la clínica"),
          "(Este mensaje fue borrado.)",
          "(Este mensaje ya no se puede leer.)");

  /** Returns the file name the browser offers, with the extension of the format. */
  public String fileName(String extension) {
    return "clinicchat-transcript-" + conversationId + "." + extension;
  }

  /**
   * Returns the transcript as UTF-8 plain text: a header, then each message with its UTC time and
   * sender on one line and its text, unchanged, on the lines below.
   */
  public String plainText(Language language) {
    Labels labels = language == Language.SPANISH ? SPANISH : ENGLISH;
    StringBuilder text = new StringBuilder();
    text.append(labels.title()).append('\n');
    text.append(labels.conversation()).append(": ").append(conversationId).append('\n');
    text.append(labels.started()).append(": ").append(startedAt).append('\n');
    text.append(labels.downloaded()).append(": ").append(downloadedAt).append('\n');
    for (MessageView message : messages) {
      text.append('\n');
      text.append('[').append(message.sentAt()).append("] ");
      text.append(labels.senders().getOrDefault(message.sender(), message.sender())).append(":\n");
      text.append(body(message, labels)).append('\n');
    }
    return text.toString();
  }

  private static String body(MessageView message, Labels labels) {
    if (message.text() != null) {
      return message.text();
    }
    return Message.TextState.ERASED.name().equals(message.textState())
        ? labels.erased()
        : labels.unreadable();
  }
}

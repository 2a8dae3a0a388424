package org.clinicchat.rightofaccess;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.clinicchat.appointment.PatientAppointments.AppointmentCopy;
import org.clinicchat.chat.Conversation;
import org.clinicchat.chat.MessageView;
import org.clinicchat.chat.TranscriptDownload;
import org.clinicchat.chat.Transcripts;
import org.clinicchat.safety.Language;

/**
 * Builds the copy of a patient's transcripts and appointments that the right of access gives, as
 * JSON or plain text. It is not an entry point: the staff register and the patient's own download
 * check roles, consent and identity, and audit the copy.
 */
@ApplicationScoped
public class AccessCopies {

  @PersistenceContext EntityManager entityManager;

  @Inject Transcripts transcripts;

  /** Returns the conversations of a conversation id or a visitor pseudonym, oldest first. */
  List<Conversation> conversationsOf(String patientReference) {
    return entityManager
        .createQuery(
            "SELECT c FROM Conversation c WHERE c.id = :patient OR c.visitor = :patient"
                + " ORDER BY c.startedAt",
            Conversation.class)
        .setParameter("patient", patientReference)
        .getResultList();
  }

  /** Returns the conversations of the visitor pseudonyms, oldest first. */
  List<Conversation> conversationsOfVisitors(Collection<String> visitors) {
    if (visitors.isEmpty()) {
      return List.of();
    }
    return entityManager
        .createQuery(
            "SELECT c FROM Conversation c WHERE c.visitor IN :visitors ORDER BY c.startedAt",
            Conversation.class)
        .setParameter("visitors", visitors)
        .getResultList();
  }

  /**
   * Writes the copy file of one access request.
   *
   * @param requestId the access request that the copy fulfils, whose id also names the file
   * @param format the format the patient asked for
   * @param conversations the patient's conversations, each copied with its messages
   * @param appointments the patient's appointments
   */
  AccessCopy copy(
      String requestId,
      CopyFormat format,
      List<Conversation> conversations,
      List<AppointmentCopy> appointments,
      Instant now) {
    List<TranscriptDownload> copies =
        conversations.stream().map(conversation -> copyOf(conversation, now)).toList();
    String body =
        switch (format) {
          case JSON -> json(new PatientCopy(requestId, now, copies, appointments));
          case TEXT -> plainText(copies, appointments);
        };
    return new AccessCopy(
        "access-request-" + requestId + "." + format.extension(), format.contentType(), body);
  }

  /**
   * All transcripts and appointments of one request, as JSON.
   *
   * @param requestId the access request fulfilled
   * @param producedAt when the copy was made
   * @param conversations each conversation of the patient with its messages
   * @param appointments the patient's appointments, with the reasons for the visits
   */
  public record PatientCopy(
      String requestId,
      Instant producedAt,
      List<TranscriptDownload> conversations,
      List<AppointmentCopy> appointments) {}

  private static String plainText(
      List<TranscriptDownload> copies, List<AppointmentCopy> appointments) {
    String transcripts =
        copies.stream()
            .map(copy -> copy.plainText(Language.ENGLISH))
            .collect(Collectors.joining("\n"));
    String booked =
        appointments.isEmpty()
            ? "No appointments.\n"
            : appointments.stream().map(AppointmentCopy::plainText).collect(Collectors.joining());
    return transcripts + "\nAppointments\n\n" + booked;
  }

  private TranscriptDownload copyOf(Conversation conversation, Instant now) {
    List<MessageView> messages =
        transcripts.messages(conversation).stream().map(MessageView::of).toList();
    return new TranscriptDownload(conversation.getId(), conversation.getStartedAt(), now, messages);
  }

  private static String json(PatientCopy copy) {
    try (Jsonb jsonb = JsonbBuilder.create()) {
      return jsonb.toJson(copy);
    } catch (Exception e) {
      throw new IllegalStateException("Writing the JSON copy failed", e);
    }
  }
}

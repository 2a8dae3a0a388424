package org.clinicchat.rightofaccess;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.clinicchat.appointment.PatientAppointments;
import org.clinicchat.appointment.PatientAppointments.AppointmentCopy;
import org.clinicchat.assistant.Reply;
import org.clinicchat.audit.AccessPurpose;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.Audited;
import org.clinicchat.audit.AuditedResource;
import org.clinicchat.chat.Conversation;
import org.clinicchat.chat.Message;
import org.clinicchat.chat.MessageView;
import org.clinicchat.chat.TranscriptDownload;
import org.clinicchat.chat.Transcripts;
import org.clinicchat.safety.Language;
import org.clinicchat.security.Roles;

/**
 * The register of access requests, for the privacy officer only: records a request, extends or
 * denies it, and fulfils it with a copy of the patient's transcripts. Each action is audited under
 * the request's id.
 */
@Stateless
@RolesAllowed(Roles.PRIVACY_OFFICER)
public class AccessRequestRegister {

  /** How many requests the register lists, the pending ones first. */
  static final int LIST_LIMIT = 200;

  @PersistenceContext EntityManager entityManager;

  @Inject Transcripts transcripts;

  @Inject PatientAppointments patientAppointments;

  @Inject SecurityContext securityContext;

  private final Clock clock = Clock.systemUTC();

  /**
   * Records a request for the patient of a conversation id or visitor pseudonym.
   *
   * @throws InvalidAccessRequestException if a value is missing, the day is in the future, or no
   *     conversation belongs to the patient
   */
  @Audited(
      value = AuditAction.ACCESS_REQUEST_RECORDED,
      resourceType = "AccessRequest",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public RecordedAccessRequest record(
      String patientReference, LocalDate receivedOn, CopyFormat format) {
    String patient = AccessRequestText.requirePatient(patientReference);
    if (conversations(patient).isEmpty()) {
      throw new InvalidAccessRequestException(
          "Patient: no conversation found for this conversation id or visitor pseudonym.");
    }
    AccessRequest request =
        new AccessRequest(
            patient, receivedOn, format, securityContext.getCallerPrincipal().getName(), clock);
    entityManager.persist(request);
    return new RecordedAccessRequest(request.getId());
  }

  /**
   * Extends a request's deadline by 30 days, once.
   *
   * @throws InvalidAccessRequestException if no request has the id or the extension breaks a rule
   */
  @Audited(
      value = AuditAction.ACCESS_REQUEST_EXTENDED,
      resourceType = "AccessRequest",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public void extend(@AuditedResource String requestId, String reason) {
    find(requestId).extend(reason, clock);
  }

  /**
   * Denies a request with a written reason.
   *
   * @throws InvalidAccessRequestException if no request has the id, it is closed or the reason is
   *     missing
   */
  @Audited(
      value = AuditAction.ACCESS_REQUEST_DENIED,
      resourceType = "AccessRequest",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public void deny(@AuditedResource String requestId, String reason) {
    find(requestId).deny(reason, clock);
  }

  /**
   * Produces the patient's copy in the format the request names, and marks the request fulfilled in
   * the same transaction: if the copy cannot be made, the request stays open.
   *
   * @throws InvalidAccessRequestException if no request has the id or it is closed
   */
  @Audited(
      value = AuditAction.ACCESS_REQUEST_FULFILLED,
      resourceType = "AccessRequest",
      purpose = AccessPurpose.PATIENT_REQUEST)
  public AccessCopy fulfil(@AuditedResource String requestId) {
    AccessRequest request = find(requestId);
    request.fulfil(clock);
    Instant now = Instant.now(clock);
    List<Conversation> conversations = conversations(request.getPatientReference());
    List<TranscriptDownload> copies =
        conversations.stream().map(conversation -> copyOf(conversation, now)).toList();
    List<AppointmentCopy> appointments =
        patientAppointments.ofVisitors(
            conversations.stream().map(Conversation::getVisitor).distinct().toList());
    String body =
        switch (request.getFormat()) {
          case JSON -> json(new PatientCopy(request.getId(), now, copies, appointments));
          case TEXT -> plainText(copies, appointments);
        };
    return new AccessCopy(
        "access-request-" + request.getId() + "." + request.getFormat().extension(),
        request.getFormat().contentType(),
        body);
  }

  /** Returns the requests, pending ones first by deadline, then closed ones newest first. */
  public List<AccessRequestRow> list() {
    return entityManager
        .createQuery(
            "SELECT r FROM AccessRequest r ORDER BY CASE WHEN r.closedOn IS NULL THEN 0 ELSE 1 END,"
                + " r.dueOn, r.closedOn DESC",
            AccessRequest.class)
        .setMaxResults(LIST_LIMIT)
        .getResultList()
        .stream()
        .map(request -> AccessRequestRow.of(request, clock))
        .toList();
  }

  /**
   * All transcripts and appointments of one request, as JSON.
   *
   * @param requestId the access request fulfilled
   * @param producedAt when the copy was made
   * @param conversations each conversation of the patient with its messages
   * @param appointments the appointments of the patient identities that the patient's visitor
   *     pseudonyms confirmed, with the reasons for the visits
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
        transcripts.messages(conversation).stream().map(AccessRequestRegister::view).toList();
    return new TranscriptDownload(conversation.getId(), conversation.getStartedAt(), now, messages);
  }

  private static MessageView view(Message message) {
    return new MessageView(
        message.getSequence(),
        message.getSender().name(),
        message.getText(),
        message.getTextState().name(),
        message.getSentAt(),
        message.getTopic(),
        Reply.EMERGENCY_TOPIC.equals(message.getTopic()));
  }

  private static String json(PatientCopy copy) {
    try (Jsonb jsonb = JsonbBuilder.create()) {
      return jsonb.toJson(copy);
    } catch (Exception e) {
      throw new IllegalStateException("Writing the JSON copy failed", e);
    }
  }

  private List<Conversation> conversations(String patient) {
    return entityManager
        .createQuery(
            "SELECT c FROM Conversation c WHERE c.id = :patient OR c.visitor = :patient"
                + " ORDER BY c.startedAt",
            Conversation.class)
        .setParameter("patient", patient)
        .getResultList();
  }

  private AccessRequest find(String requestId) {
    AccessRequest request =
        requestId == null
            ? null
            : entityManager.find(
                AccessRequest.class, requestId, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    if (request == null) {
      throw new InvalidAccessRequestException(
          "Access request not found. Choose Respond in the register.");
    }
    return request;
  }
}

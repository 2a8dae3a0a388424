package org.clinicchat.rightofaccess;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.clinicchat.appointment.PatientAppointments;
import org.clinicchat.appointment.PatientAppointments.AppointmentCopy;
import org.clinicchat.audit.AccessPurpose;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.Audited;
import org.clinicchat.audit.AuditedResource;
import org.clinicchat.chat.Conversation;
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

  @Inject AccessCopies copies;

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
    if (copies.conversationsOf(patient).isEmpty()) {
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
    List<Conversation> conversations = copies.conversationsOf(request.getPatientReference());
    List<AppointmentCopy> appointments =
        patientAppointments.ofVisitors(
            conversations.stream().map(Conversation::getVisitor).distinct().toList());
    return copies.copy(
        request.getId(), request.getFormat(), conversations, appointments, Instant.now(clock));
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

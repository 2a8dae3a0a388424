package org.clinicchat.callback;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.clinicchat.audit.AccessPurpose;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.Audited;
import org.clinicchat.audit.AuditedResource;
import org.clinicchat.crypto.DataKeyErasedException;
import org.clinicchat.crypto.FieldEncryption;
import org.clinicchat.security.Roles;

/**
 * The staff side of call-back requests: the open requests without phone numbers, a revealed phone
 * number (an audited read), and marking a request done (audited).
 */
@ApplicationScoped
@RolesAllowed({Roles.CLINICIAN, Roles.ADMIN})
public class StaffCallbacks {

  @PersistenceContext EntityManager entityManager;

  @Inject FieldEncryption fieldEncryption;

  @Inject SecurityContext securityContext;

  private final Clock clock = Clock.systemUTC();

  /** Returns the open requests, oldest first. */
  public List<CallbackRequest> open() {
    return entityManager
        .createQuery(
            "SELECT c FROM CallbackRequest c WHERE c.doneAt IS NULL ORDER BY c.requestedAt",
            CallbackRequest.class)
        .getResultList();
  }

  /** Decrypts the phone number of a request; returns it in E.164 form. */
  @Transactional
  @Audited(
      value = AuditAction.CALLBACK_PHONE_READ,
      resourceType = "CallbackRequest",
      purpose = AccessPurpose.TREATMENT)
  public String revealPhone(@AuditedResource String requestId) {
    CallbackRequest request = find(requestId);
    try {
      return request.phone(fieldEncryption.openerFor(request.getConversationId())).e164();
    } catch (DataKeyErasedException e) {
      throw new CallbackException(Status.GONE, "The conversation of this request was erased.");
    }
  }

  /** Marks a request done by the caller. */
  @Transactional
  @Audited(
      value = AuditAction.CALLBACK_DONE,
      resourceType = "CallbackRequest",
      purpose = AccessPurpose.TREATMENT)
  public void markDone(@AuditedResource String requestId) {
    CallbackRequest request = find(requestId);
    if (request.isDone()) {
      throw new CallbackException(Status.CONFLICT, "The call-back request is already done.");
    }
    request.markDone(securityContext.getCallerPrincipal().getName(), Instant.now(clock));
  }

  private CallbackRequest find(String requestId) {
    CallbackRequest request = entityManager.find(CallbackRequest.class, requestId);
    if (request == null) {
      throw new CallbackException(Status.NOT_FOUND, "No call-back request " + requestId + ".");
    }
    return request;
  }
}

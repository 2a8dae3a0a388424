package org.clinicchat.rightofaccess;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.clinicchat.appointment.IdentityChecks;
import org.clinicchat.appointment.PatientAppointments;
import org.clinicchat.audit.AccessPurpose;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.Audited;
import org.clinicchat.audit.AuditedResource;
import org.clinicchat.consent.ConsentRequired;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A patient's own copy of their records under the right of access (HIPAA 164.524), given at once to
 * a visitor who confirmed their identity with an emailed code. The copy contains the conversations
 * of every visitor pseudonym that confirmed the same identity, the calling one included, and the
 * identity's appointments. Each copy is recorded in the access request register as a fulfilled
 * request.
 */
@ApplicationScoped
public class PatientAccessCopies {

  @PersistenceContext EntityManager entityManager;

  @Inject JsonWebToken token;

  @Inject IdentityChecks identityChecks;

  @Inject PatientAppointments patientAppointments;

  @Inject AccessCopies copies;

  private final Clock clock = Clock.systemUTC();

  /**
   * Returns the copy of the verified patient's transcripts and appointments.
   *
   * @param checkId a confirmed, unexpired identity check of the calling visitor
   * @throws org.clinicchat.appointment.IdentityNotVerifiedException without such a check
   */
  @Transactional
  @Audited(
      value = AuditAction.ACCESS_COPY_DOWNLOADED,
      resourceType = "IdentityCheck",
      purpose = AccessPurpose.PATIENT_REQUEST)
  @ConsentRequired
  public AccessCopy download(@AuditedResource String checkId, CopyFormat format) {
    String patientId = identityChecks.verifiedPatient(checkId);
    Set<String> visitors = new LinkedHashSet<>(patientAppointments.visitorsOf(patientId));
    visitors.add(token.getSubject());

    AccessRequest request = AccessRequest.selfServed(token.getSubject(), format, clock);
    entityManager.persist(request);
    return copies.copy(
        request.getId(),
        format,
        copies.conversationsOfVisitors(visitors),
        patientAppointments.ofPatient(patientId),
        Instant.now(clock));
  }
}

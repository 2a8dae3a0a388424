package org.clinicchat.assistant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.clinicchat.audit.AccessPurpose;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.AuditOutcome;
import org.clinicchat.audit.AuditTrail;
import org.clinicchat.audit.Audited;
import org.clinicchat.security.Roles;

/**
 * The published versions of the clinic's FAQ in the database. Publishing never changes a version:
 * it adds the next one, so the text of every earlier version can be read and restored.
 */
@ApplicationScoped
public class FaqVersions {

  static final int MAX_NOTE_LENGTH = 200;

  @PersistenceContext EntityManager entityManager;

  @Inject SecurityContext securityContext;

  @Inject AuditTrail auditTrail;

  private final Clock clock = Clock.systemUTC();

  /** Returns the newest version, or empty before the first start imported the FAQ file. */
  public Optional<FaqVersion> latest() {
    return entityManager
        .createQuery("SELECT v FROM FaqVersion v ORDER BY v.number DESC", FaqVersion.class)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** Returns the newest version number, or 0 when there is none. */
  public int latestNumber() {
    Integer number =
        entityManager
            .createQuery("SELECT MAX(v.number) FROM FaqVersion v", Integer.class)
            .getSingleResult();
    return number == null ? 0 : number;
  }

  /** Stores the FAQ file's content as version 1 when no version exists, as the server. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void importFirst(String documentJson, String fileName) {
    if (latestNumber() > 0) {
      return;
    }
    entityManager.persist(
        new FaqVersion(
            1,
            documentJson,
            AuditTrail.SYSTEM_ACTOR,
            Instant.now(clock),
            "Imported from " + fileName));
    entityManager.flush();
    auditTrail.recordSystemEvent(AuditAction.FAQ_PUBLISHED, "FaqVersion", AuditOutcome.SUCCESS);
  }

  /** Publishes a checked FAQ as the next version and returns it. */
  @RolesAllowed(Roles.ADMIN)
  @Transactional
  @Audited(
      value = AuditAction.FAQ_PUBLISHED,
      resourceType = "FaqVersion",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public PublishedFaq publish(String documentJson, String note) {
    if (note == null || note.isBlank() || note.length() > MAX_NOTE_LENGTH) {
      throw new InvalidFaqException(
          "Describe the change in a note of 1 to " + MAX_NOTE_LENGTH + " characters.");
    }
    int number = latestNumber() + 1;
    entityManager.persist(
        new FaqVersion(
            number,
            documentJson,
            securityContext.getCallerPrincipal().getName(),
            Instant.now(clock),
            note.strip()));
    entityManager.flush();
    return new PublishedFaq(number);
  }

  /** Returns one version, or empty when it does not exist. */
  @RolesAllowed(Roles.ADMIN)
  public Optional<FaqVersion> find(int number) {
    return Optional.ofNullable(entityManager.find(FaqVersion.class, number));
  }

  /** Returns every version, newest first. */
  @RolesAllowed(Roles.ADMIN)
  public List<FaqVersion> history() {
    return entityManager
        .createQuery("SELECT v FROM FaqVersion v ORDER BY v.number DESC", FaqVersion.class)
        .getResultList();
  }

  /** The number of a version just published, which the audit event records. */
  public record PublishedFaq(int version) implements org.clinicchat.audit.AuditedResult {

    @Override
    public String auditedResourceId() {
      return String.valueOf(version);
    }
  }
}

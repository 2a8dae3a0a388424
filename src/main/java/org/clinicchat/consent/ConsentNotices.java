package org.clinicchat.consent;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.clinicchat.audit.AccessPurpose;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.AuditOutcome;
import org.clinicchat.audit.AuditTrail;
import org.clinicchat.audit.Audited;
import org.clinicchat.audit.AuditedResult;
import org.clinicchat.security.Roles;

/**
 * The published versions of the consent notice in the database. The privacy officer publishes a new
 * version; the newest one is in force, and a visitor who agreed to an earlier one is asked again.
 */
@ApplicationScoped
public class ConsentNotices {

  static final int MAX_NOTE_LENGTH = 200;

  @PersistenceContext EntityManager entityManager;

  @Inject SecurityContext securityContext;

  @Inject AuditTrail auditTrail;

  @Inject Event<PublishedNotice> published;

  private final Clock clock = Clock.systemUTC();

  /** Returns the version in force, or empty before the first start imported the notice file. */
  public Optional<NoticeVersion> latest() {
    return entityManager
        .createQuery(
            "SELECT v FROM NoticeVersion v ORDER BY v.publishedAt DESC", NoticeVersion.class)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  /**
   * Stores the notice file's content as the first version when no version exists, as the server.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void importFirst(NoticeDocument document, String fileName) {
    if (latest().isPresent()) {
      return;
    }
    entityManager.persist(
        new NoticeVersion(
            document.version(),
            toJson(document),
            Instant.now(clock),
            AuditTrail.SYSTEM_ACTOR,
            "Imported from " + fileName));
    entityManager.flush();
    auditTrail.recordSystemEvent(
        AuditAction.CONSENT_NOTICE_PUBLISHED, "ConsentNotice", AuditOutcome.SUCCESS);
  }

  /**
   * Publishes a checked notice as the version in force.
   *
   * @throws InvalidNoticeException if the notice is incomplete, its version label is taken, or the
   *     note is missing
   */
  @RolesAllowed(Roles.PRIVACY_OFFICER)
  @Transactional
  @Audited(
      value = AuditAction.CONSENT_NOTICE_PUBLISHED,
      resourceType = "ConsentNotice",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public PublishedNotice publish(NoticeDocument document, String note) {
    List<String> problems = document.problems();
    if (!problems.isEmpty()) {
      throw new InvalidNoticeException(String.join(" ", problems));
    }
    if (note == null || note.isBlank() || note.length() > MAX_NOTE_LENGTH) {
      throw new InvalidNoticeException(
          "Describe the change in a note of 1 to " + MAX_NOTE_LENGTH + " characters.");
    }
    if (entityManager.find(NoticeVersion.class, document.version()) != null) {
      throw new InvalidNoticeException(
          "Version " + document.version() + " exists already. Give the new version a new label.");
    }
    entityManager.persist(
        new NoticeVersion(
            document.version(),
            toJson(document),
            nextPublicationTime(),
            securityContext.getCallerPrincipal().getName(),
            note.strip()));
    entityManager.flush();
    PublishedNotice notice = new PublishedNotice(document.version());
    published.fire(notice);
    return notice;
  }

  /**
   * Returns the publication time of a new version, in whole seconds because MariaDB's DATETIME
   * keeps no fraction. A version published within the same second as the one in force is stamped
   * one second after it, so the newest version is always the one in force.
   */
  private Instant nextPublicationTime() {
    Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
    return latest()
        .map(NoticeVersion::getPublishedAt)
        .filter(inForce -> !now.isAfter(inForce))
        .map(inForce -> inForce.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1))
        .orElse(now);
  }

  /** Returns every version, newest first. */
  @RolesAllowed(Roles.PRIVACY_OFFICER)
  public List<NoticeVersion> history() {
    return entityManager
        .createQuery(
            "SELECT v FROM NoticeVersion v ORDER BY v.publishedAt DESC", NoticeVersion.class)
        .getResultList();
  }

  /** Returns the notice of a stored version. */
  public static NoticeDocument document(NoticeVersion version) {
    try (Jsonb jsonb = JsonbBuilder.create()) {
      return jsonb.fromJson(version.getDocumentJson(), NoticeDocument.class);
    } catch (Exception e) {
      throw new IllegalStateException(
          "Stored consent notice " + version.getVersion() + " is invalid", e);
    }
  }

  private static String toJson(NoticeDocument document) {
    try (Jsonb jsonb = JsonbBuilder.create()) {
      return jsonb.toJson(document);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot write the consent notice as JSON", e);
    }
  }

  /** The label of a version just published, which the audit event records. */
  public record PublishedNotice(String version) implements AuditedResult {

    @Override
    public String auditedResourceId() {
      return version;
    }
  }
}

package org.clinicchat.staff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.clinicchat.audit.AccessPurpose;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.Audited;
import org.clinicchat.audit.AuditedResult;
import org.clinicchat.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The record of completed access reviews. The privacy officer records each review with its
 * findings; the next one is due after the configured interval ({@code
 * clinicchat.access-review.interval}, 90 days unless set).
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.PRIVACY_OFFICER})
public class AccessReviews {

  static final int MAX_FINDINGS_LENGTH = 2000;

  @PersistenceContext EntityManager entityManager;

  @Inject SecurityContext securityContext;

  @Inject
  @ConfigProperty(name = "clinicchat.access-review.interval", defaultValue = "P90D")
  String interval;

  private final Clock clock = Clock.systemUTC();

  /**
   * Records a review of the accounts listed now.
   *
   * @throws InvalidStaffAccountException if the findings are missing or too long
   */
  @RolesAllowed(Roles.PRIVACY_OFFICER)
  @Audited(
      value = AuditAction.ACCESS_REVIEW_RECORDED,
      resourceType = "AccessReview",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public RecordedReview record(String findings) {
    if (findings == null || findings.isBlank() || findings.length() > MAX_FINDINGS_LENGTH) {
      throw new InvalidStaffAccountException(
          "Write the findings of the review, such as accounts disabled or roles removed, in 1 to "
              + MAX_FINDINGS_LENGTH
              + " characters.");
    }
    Instant now = Instant.now(clock);
    AccessReviewRecord recorded =
        new AccessReviewRecord(
            now,
            securityContext.getCallerPrincipal().getName(),
            countAccounts(),
            findings.strip(),
            LocalDate.ofInstant(now, ZoneOffset.UTC).plus(Period.parse(interval)));
    entityManager.persist(recorded);
    return new RecordedReview(recorded.getId(), recorded.getNextDueOn());
  }

  /** Returns the completed reviews, newest first. */
  public List<AccessReviewRecord> history() {
    return entityManager
        .createQuery(
            "SELECT r FROM AccessReviewRecord r ORDER BY r.reviewedAt DESC",
            AccessReviewRecord.class)
        .getResultList();
  }

  /** Returns the newest completed review, or empty if none was recorded. */
  public Optional<AccessReviewRecord> latest() {
    return history().stream().findFirst();
  }

  /** Returns whether a review is due today: none was recorded, or the last one's due date came. */
  public boolean isDue() {
    LocalDate today = LocalDate.now(clock);
    return latest().map(last -> !today.isBefore(last.getNextDueOn())).orElse(true);
  }

  private int countAccounts() {
    return entityManager
        .createQuery("SELECT COUNT(a) FROM StaffAccount a", Long.class)
        .getSingleResult()
        .intValue();
  }

  /** A review just recorded, whose id the audit event records. */
  public record RecordedReview(String id, LocalDate nextDueOn) implements AuditedResult {

    @Override
    public String auditedResourceId() {
      return id;
    }
  }
}

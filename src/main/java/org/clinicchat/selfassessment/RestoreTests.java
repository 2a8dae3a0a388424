package org.clinicchat.selfassessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.clinicchat.audit.AccessPurpose;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.Audited;
import org.clinicchat.audit.AuditedResult;
import org.clinicchat.security.Roles;

/** The record of backup restore tests, which an administrator keeps on the self-assessment page. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.PRIVACY_OFFICER})
public class RestoreTests {

  static final int MAX_NOTE_LENGTH = 500;

  @PersistenceContext EntityManager entityManager;

  @Inject SecurityContext securityContext;

  private final Clock clock = Clock.systemUTC();

  /**
   * Records a restore test done on a day.
   *
   * @param testedOn the day, as {@code yyyy-MM-dd}
   * @throws InvalidRestoreTestException if the day is invalid or in the future, or the note is
   *     missing or too long
   */
  @RolesAllowed(Roles.ADMIN)
  @Audited(
      value = AuditAction.RESTORE_TEST_RECORDED,
      resourceType = "RestoreTest",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public RecordedTest record(String testedOn, String note) {
    LocalDate day = parseDay(testedOn);
    if (note == null || note.isBlank() || note.length() > MAX_NOTE_LENGTH) {
      throw new InvalidRestoreTestException(
          "Say what was restored from which backup and what was checked, in 1 to "
              + MAX_NOTE_LENGTH
              + " characters.");
    }
    RestoreTest test =
        new RestoreTest(
            day, Instant.now(clock), securityContext.getCallerPrincipal().getName(), note.strip());
    entityManager.persist(test);
    return new RecordedTest(test.getId());
  }

  /** Returns the recorded tests, latest test first. */
  public List<RestoreTest> history() {
    return entityManager
        .createQuery(
            "SELECT t FROM RestoreTest t ORDER BY t.testedOn DESC, t.recordedAt DESC",
            RestoreTest.class)
        .getResultList();
  }

  /** Returns the latest recorded test, or empty if none was recorded. */
  public Optional<RestoreTest> latest() {
    return history().stream().findFirst();
  }

  private LocalDate parseDay(String testedOn) {
    LocalDate day;
    try {
      day = LocalDate.parse(testedOn == null ? "" : testedOn.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidRestoreTestException(
          "'" + testedOn + "' is not a date. Give the day of the test as yyyy-mm-dd.");
    }
    if (day.isAfter(LocalDate.now(clock))) {
      throw new InvalidRestoreTestException(
          "The day of the test, " + day + ", is in the future. Record a test once it is done.");
    }
    return day;
  }

  /** A test just recorded, whose id the audit event records. */
  public record RecordedTest(String id) implements AuditedResult {

    @Override
    public String auditedResourceId() {
      return id;
    }
  }
}

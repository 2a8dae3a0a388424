package org.clinicchat.assistant;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clinicchat.audit.AccessPurpose;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.AuditOutcome;
import org.clinicchat.audit.AuditTrail;
import org.clinicchat.audit.Audited;
import org.clinicchat.education.EducationIndex;
import org.clinicchat.security.Roles;

/**
 * Re-imports MedQuAD into this server's education index in the background, started by an
 * administrator. The assistant keeps answering from the previous import until the new one is
 * committed, then answers from the new one without a restart. One import runs at a time.
 */
@ApplicationScoped
public class EducationImport {

  private static final Logger LOG = Logger.getLogger(EducationImport.class.getName());

  @Resource ManagedExecutorService executor;

  @Inject PatientEducation education;

  @Inject AuditTrail auditTrail;

  @Inject SecurityContext securityContext;

  private final Clock clock = Clock.systemUTC();
  private volatile EducationImportProgress progress;

  /** Returns the latest import's progress, or empty when none ran since the server started. */
  public Optional<EducationImportProgress> progress() {
    return Optional.ofNullable(progress);
  }

  /**
   * Starts an import from the configured MedQuAD folder into the index folder.
   *
   * @throws InvalidImportException when an import runs already or a folder is not configured
   */
  @RolesAllowed(Roles.ADMIN)
  @Audited(
      value = AuditAction.EDUCATION_IMPORT_STARTED,
      resourceType = "EducationIndex",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public synchronized void start() {
    if (progress != null && progress.status() == EducationImportProgress.Status.RUNNING) {
      throw new InvalidImportException("An import is running already; wait until it ends.");
    }
    Path medquad =
        education
            .medquadFolder()
            .orElseThrow(
                () ->
                    new InvalidImportException(
                        "Set " + PatientEducation.PROPERTY_MEDQUAD + " to the MedQuAD folder."));
    Path index =
        education
            .indexFolder()
            .orElseThrow(
                () ->
                    new InvalidImportException(
                        "Set " + PatientEducation.PROPERTY_INDEX + " to the index folder."));
    progress =
        new EducationImportProgress(
            EducationImportProgress.Status.RUNNING,
            0,
            0,
            0,
            securityContext.getCallerPrincipal().getName(),
            Instant.now(clock),
            null,
            null);
    executor.execute(() -> run(medquad, index));
  }

  private void run(Path medquad, Path index) {
    try {
      EducationIndex.rebuild(
          medquad,
          index,
          summary ->
              progress =
                  progress.advanced(summary.files(), summary.totalFiles(), summary.answers()));
      education.reopen();
      finish(EducationImportProgress.Status.SUCCEEDED, null, AuditOutcome.SUCCESS);
      LOG.info(() -> "Imported " + progress.answers() + " MedQuAD answers into " + index);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "The MedQuAD import from " + medquad + " failed", e);
      finish(EducationImportProgress.Status.FAILED, e.getMessage(), AuditOutcome.FAILURE);
    }
  }

  private void finish(EducationImportProgress.Status status, String failure, AuditOutcome outcome) {
    progress = progress.ended(status, Instant.now(clock), failure);
    auditTrail.recordSystemEvent(AuditAction.EDUCATION_IMPORT_FINISHED, "EducationIndex", outcome);
  }
}

package org.clinicchat.crypto;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;
import org.clinicchat.audit.AccessPurpose;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.Audited;
import org.clinicchat.audit.AuditedResource;
import org.clinicchat.security.Roles;

/**
 * Starts, restarts and reports the key rotation job ({@code META-INF/batch-jobs/key-rotation.xml}),
 * which brings every stored value under the active key-encryption key. Only administrators may, and
 * starts and restarts are audited.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class KeyRotation {

  static final String JOB_NAME = "key-rotation";
  private static final Logger LOG = Logger.getLogger(KeyRotation.class.getName());
  private static final Set<BatchStatus> RUNNING =
      Set.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);
  // An execution created before this class was loaded cannot be running: its batch threads ended
  // with the server that ran them, even if the job repository still shows STARTED.
  private static final Instant LOADED_AT = Instant.now();
  private static final Set<BatchStatus> RESTARTABLE =
      Set.of(BatchStatus.FAILED, BatchStatus.STOPPED);

  @PersistenceContext EntityManager entityManager;

  @Inject KeyRing keyRing;

  /**
   * Starts the job, or throws {@link KeyRotationException} if one is already running. Each run
   * queries what is left to do, so a new run after an interrupted one finishes its work.
   */
  @Audited(
      value = AuditAction.KEY_ROTATION_STARTED,
      resourceType = "KeyRotation",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public RotationStarted start() {
    Optional<JobExecution> latest = latestExecution();
    if (latest.isPresent() && isRunning(latest.get())) {
      throw new KeyRotationException("A key rotation is already running.");
    }
    long executionId = BatchRuntime.getJobOperator().start(JOB_NAME, new Properties());
    LOG.info(
        () ->
            "Key rotation started as job execution "
                + executionId
                + "; active key-encryption key "
                + keyRing.activeKeyId());
    return new RotationStarted(executionId);
  }

  /** Restarts a failed or stopped execution from its last checkpoint. */
  @Audited(
      value = AuditAction.KEY_ROTATION_RESTARTED,
      resourceType = "KeyRotation",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public RotationStarted restart(@AuditedResource long executionId) {
    JobOperator operator = BatchRuntime.getJobOperator();
    JobExecution execution = operator.getJobExecution(executionId);
    if (!JOB_NAME.equals(execution.getJobName())
        || !RESTARTABLE.contains(execution.getBatchStatus())) {
      throw new KeyRotationException(
          "Only a failed or stopped key rotation can be restarted; execution "
              + executionId
              + " is "
              + execution.getBatchStatus()
              + ".");
    }
    long restartedId = operator.restart(executionId, new Properties());
    LOG.info(() -> "Key rotation " + executionId + " restarted as job execution " + restartedId);
    return new RotationStarted(restartedId);
  }

  /** Returns the latest execution and how many data keys each key-encryption key wraps. */
  public RotationProgress progress() {
    Map<String, Long> encryptions = new HashMap<>();
    for (KeyUsage usage :
        entityManager.createQuery("SELECT u FROM KeyUsage u", KeyUsage.class).getResultList()) {
      encryptions.put(usage.getKeyId(), usage.getEncryptionCount());
    }
    List<RotationProgress.KekUse> uses =
        entityManager
            .createQuery(
                "SELECT d.kekId, COUNT(d) FROM DataKey d WHERE d.wrappedKey IS NOT NULL"
                    + " GROUP BY d.kekId ORDER BY d.kekId",
                Object[].class)
            .getResultList()
            .stream()
            .map(
                row ->
                    new RotationProgress.KekUse(
                        (String) row[0],
                        ((Number) row[1]).longValue(),
                        encryptions.getOrDefault((String) row[0], 0L)))
            .toList();
    long erased =
        entityManager
            .createQuery("SELECT COUNT(d) FROM DataKey d WHERE d.wrappedKey IS NULL", Long.class)
            .getSingleResult();
    return new RotationProgress(
        keyRing.activeKeyId(),
        uses,
        erased,
        latestExecution().map(RotationProgress.Execution::of).orElse(null));
  }

  private static boolean isRunning(JobExecution execution) {
    return RUNNING.contains(execution.getBatchStatus())
        && execution.getCreateTime().toInstant().isAfter(LOADED_AT);
  }

  private static Optional<JobExecution> latestExecution() {
    JobOperator operator = BatchRuntime.getJobOperator();
    List<JobInstance> instances;
    try {
      instances = operator.getJobInstances(JOB_NAME, 0, 1);
    } catch (NoSuchJobException e) {
      return Optional.empty();
    }
    return instances.stream()
        .flatMap(instance -> operator.getJobExecutions(instance).stream())
        .max(Comparator.comparingLong(JobExecution::getExecutionId));
  }
}

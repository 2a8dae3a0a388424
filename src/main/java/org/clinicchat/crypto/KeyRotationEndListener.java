package org.clinicchat.crypto;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.AuditOutcome;
import org.clinicchat.audit.AuditTrail;

/**
 * Logs and audits the end of each key rotation execution. The audit trail records who started or
 * restarted it; the end runs on a batch thread without a caller, so the server is its actor.
 */
@Named
@Dependent
public class KeyRotationEndListener extends AbstractJobListener {

  private static final Logger LOG = Logger.getLogger(KeyRotationEndListener.class.getName());

  @Inject JobContext jobContext;

  @Inject AuditTrail auditTrail;

  @Override
  public void afterJob() {
    long executionId = jobContext.getExecutionId();
    boolean failed = jobContext.getBatchStatus() == BatchStatus.FAILED;
    auditTrail.recordSystemEvent(
        AuditAction.KEY_ROTATION_FINISHED,
        "KeyRotation",
        failed ? AuditOutcome.FAILURE : AuditOutcome.SUCCESS);
    if (failed) {
      LOG.severe(
          () ->
              "Key rotation execution "
                  + executionId
                  + " failed; restart it on the Encryption keys page once the cause is fixed");
    } else {
      LOG.info(() -> "Key rotation execution " + executionId + " finished");
    }
  }
}

package org.clinicchat.crypto;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;

/**
 * Logs the end of each key rotation execution. The audit trail records who started or restarted it;
 * the end is only logged, because the audit trail names the caller through the Jakarta Security
 * context, which a batch thread does not have.
 */
@Named
@Dependent
public class KeyRotationEndListener extends AbstractJobListener {

  private static final Logger LOG = Logger.getLogger(KeyRotationEndListener.class.getName());

  @Inject JobContext jobContext;

  @Override
  public void afterJob() {
    long executionId = jobContext.getExecutionId();
    if (jobContext.getBatchStatus() == BatchStatus.FAILED) {
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

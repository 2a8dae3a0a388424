package org.clinicchat.audit;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import org.clinicchat.audit.chain.ChainVerification;

/**
 * Verifies the audit chain every ten minutes and, when it is intact, appends a signed checkpoint of
 * its head to the checkpoint file. A broken chain is logged at SEVERE with the position of the
 * first damaged event, and no checkpoint is written for it. Each run is itself an audit event.
 */
@Singleton
public class AuditChainMonitor {

  private static final Logger LOG = Logger.getLogger(AuditChainMonitor.class.getName());

  @Inject AuditChainVerification verification;

  @Inject AuditCheckpoints checkpoints;

  @Inject AuditTrail auditTrail;

  private final Clock clock = Clock.systemUTC();

  private volatile ChainVerification lastResult;

  @Schedule(hour = "*", minute = "*/10", persistent = false)
  void onSchedule() {
    verifyAndCheckpoint();
  }

  /**
   * Returns the result of this server's latest scheduled verification, or runs one now if none ran
   * since the server started. A read lock lets callers proceed while no verification runs.
   */
  @Lock(LockType.READ)
  public ChainVerification latestResult() {
    ChainVerification result = lastResult;
    return result != null ? result : verification.verify();
  }

  /** Runs one verification and returns its result; the timer calls it, and tests may too. */
  public ChainVerification verifyAndCheckpoint() {
    ChainVerification result = verification.verify();
    lastResult = result;
    if (result.intact()) {
      checkpoints.append(result.head(), Instant.now(clock));
      LOG.info(() -> "Audit chain verified; checkpoint written. " + result.summary());
    } else {
      LOG.severe(() -> "Audit chain verification failed. " + result.summary());
    }
    auditTrail.recordSystemEvent(
        AuditAction.AUDIT_CHAIN_VERIFIED, "AuditTrail", result.auditedOutcome());
    return result;
  }
}

package org.clinicchat.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One run of the monitoring: scans the new audit events batch by batch, then emails the alerts that
 * are pending. Runs in this server never overlap; across servers the cursor's row lock serialises
 * the scans.
 */
@ApplicationScoped
public class AlertEvaluation {

  private static final Logger LOG = Logger.getLogger(AlertEvaluation.class.getName());

  @Inject AlertScanner scanner;

  @Inject AlertNotifier notifier;

  private final ReentrantLock running = new ReentrantLock();

  /** The outcome of one run. */
  public record Result(int evaluated, int raised, int emailed, long lastSequence) {}

  /** Evaluates every audit event recorded since the last run and emails the new alerts. */
  public Result run() {
    running.lock();
    try {
      int evaluated = 0;
      int raised = 0;
      AlertScanner.Batch batch;
      do {
        batch = scanner.scanBatch();
        evaluated += batch.evaluated();
        raised += batch.raised();
      } while (batch.evaluated() == AlertScanner.BATCH_SIZE);
      int emailed = sendPending();
      return new Result(evaluated, raised, emailed, batch.lastSequence());
    } finally {
      running.unlock();
    }
  }

  private int sendPending() {
    try {
      return notifier.sendPending();
    } catch (RuntimeException e) {
      // The alerts are stored; a failed email run must not hide them or stop the next scan.
      LOG.log(Level.WARNING, "Sending alert emails failed; the next run tries again", e);
      return 0;
    }
  }
}

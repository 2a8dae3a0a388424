package org.clinicchat.alert;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the monitoring every minute. At start it creates the scan cursor, so the events recorded
 * between the start and the first run are evaluated too.
 */
@Singleton
@Startup
public class AlertSchedule {

  private static final Logger LOG = Logger.getLogger(AlertSchedule.class.getName());

  @Inject AlertScanner scanner;

  @Inject AlertEvaluation evaluation;

  @PostConstruct
  void prepare() {
    scanner.ensureCursor();
  }

  @Schedule(hour = "*", minute = "*", persistent = false)
  void onSchedule() {
    try {
      AlertEvaluation.Result result = evaluation.run();
      if (result.raised() > 0) {
        LOG.info(() -> "Alert rules raised " + result.raised() + " alert(s)");
      }
    } catch (RuntimeException e) {
      // Nothing advanced: the next run evaluates the same events again.
      LOG.log(Level.SEVERE, "Evaluating the alert rules failed", e);
    }
  }
}

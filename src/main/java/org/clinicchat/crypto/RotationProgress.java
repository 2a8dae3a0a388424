package org.clinicchat.crypto;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

/**
 * The state of key rotation for the key management page: the active key-encryption key (KEK), how
 * many data keys each KEK wraps and how many encryptions it has made, and the latest job execution.
 */
public record RotationProgress(
    String activeKekId, List<KekUse> kekUses, long erasedDataKeys, Execution latest) {

  /** Returns how many data keys a KEK other than the active one still wraps. */
  public long staleDataKeys() {
    return kekUses.stream()
        .filter(use -> !use.kekId().equals(activeKekId))
        .mapToLong(KekUse::dataKeys)
        .sum();
  }

  /** One KEK: the data keys it wraps, and its encryption count against the 2^32 limit. */
  public record KekUse(String kekId, long dataKeys, long encryptions) {}

  /** A job execution and its steps. */
  public record Execution(
      long executionId, String status, Instant started, Instant ended, List<Step> steps) {

    static Execution of(JobExecution execution) {
      List<Step> steps =
          BatchRuntime.getJobOperator().getStepExecutions(execution.getExecutionId()).stream()
              .map(Step::of)
              .toList();
      return new Execution(
          execution.getExecutionId(),
          execution.getBatchStatus().name(),
          instant(execution.getStartTime()),
          instant(execution.getEndTime()),
          steps);
    }

    /** Returns whether the execution failed or was stopped, so that it can be restarted. */
    public boolean restartable() {
      return "FAILED".equals(status) || "STOPPED".equals(status);
    }
  }

  /** A step with its counts of items read and written and of chunks committed. */
  public record Step(String name, String status, long read, long written, long commits) {

    static Step of(StepExecution step) {
      return new Step(
          step.getStepName(),
          step.getBatchStatus().name(),
          metric(step, Metric.MetricType.READ_COUNT),
          metric(step, Metric.MetricType.WRITE_COUNT),
          metric(step, Metric.MetricType.COMMIT_COUNT));
    }

    private static long metric(StepExecution step, Metric.MetricType type) {
      Metric[] metrics = step.getMetrics();
      return metrics == null
          ? 0
          : Arrays.stream(metrics)
              .filter(metric -> metric.getType() == type)
              .mapToLong(Metric::getValue)
              .sum();
    }
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}

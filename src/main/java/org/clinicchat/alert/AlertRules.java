package org.clinicchat.alert;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.AuditOutcome;
import org.clinicchat.security.Roles;

/**
 * Decides which rules an audit event matches. Plain Java without state: the time windows are
 * counted through {@link EventHistory}, and whether an alert repeats an earlier one is for the
 * caller to decide with {@link #quietPeriod}.
 */
public final class AlertRules {

  /** The staff actions that read or change PHI, which the after-hours rule watches. */
  static final Set<AuditAction> PHI_ACCESS =
      Set.of(
          AuditAction.TRANSCRIPT_READ,
          AuditAction.CONVERSATION_LIST_READ,
          AuditAction.CONVERSATION_ERASED,
          AuditAction.EMERGENCY_ACCESS_GRANTED,
          AuditAction.DISCLOSURE_RECORDED,
          AuditAction.DISCLOSURE_REPORT_PRODUCED,
          AuditAction.TRANSCRIPT_EXPORTED);

  private static final Set<String> STAFF_ROLES = Set.copyOf(Roles.STAFF);

  private final AlertThresholds thresholds;

  public AlertRules(AlertThresholds thresholds) {
    this.thresholds = thresholds;
  }

  /** Returns the findings of every rule that the event matches, in rule order. */
  public List<Finding> evaluate(ObservedEvent event, EventHistory history) {
    List<Finding> findings = new ArrayList<>();
    boolean byStaff = STAFF_ROLES.contains(event.actorRole());
    if (byStaff && event.action() == AuditAction.TRANSCRIPT_READ) {
      long reads =
          history.countByActor(
              AuditAction.TRANSCRIPT_READ,
              event.actor(),
              event.occurredAt().minus(thresholds.transcriptReadsWindow()),
              event.occurredAt(),
              event.sequence());
      if (reads > thresholds.transcriptReadsMax()) {
        findings.add(finding(AlertRule.TRANSCRIPT_READS_EXCEEDED, event.actor(), reads, event));
      }
    }
    if (byStaff
        && PHI_ACCESS.contains(event.action())
        && !thresholds.clinicHours().isOpen(event.occurredAt())) {
      findings.add(finding(AlertRule.AFTER_HOURS_ACCESS, event.actor(), 1, event));
    }
    if (event.action() == AuditAction.LOGIN_FAILED) {
      findings.addAll(failedLogins(event, history));
    }
    // A rejected request, such as one without a reason, granted nothing.
    if (event.action() == AuditAction.EMERGENCY_ACCESS_GRANTED
        && event.outcome() == AuditOutcome.SUCCESS) {
      findings.add(finding(AlertRule.EMERGENCY_ACCESS, event.actor(), 1, event));
    }
    if (event.action() == AuditAction.AUDIT_CHAIN_VERIFIED
        && event.outcome() == AuditOutcome.FAILURE) {
      findings.add(finding(AlertRule.AUDIT_CHAIN_BROKEN, event.actor(), 1, event));
    }
    return findings;
  }

  /**
   * Returns how long after an alert the same rule stays quiet for the same subject: the rule's
   * window, the repeat-after period, or zero for emergency access, which alerts on every use.
   */
  public Duration quietPeriod(AlertRule rule) {
    return switch (rule) {
      case TRANSCRIPT_READS_EXCEEDED -> thresholds.transcriptReadsWindow();
      case FAILED_LOGINS_FOR_USER -> thresholds.failedLoginsPerUserWindow();
      case FAILED_LOGINS_FROM_ADDRESS -> thresholds.failedLoginsPerAddressWindow();
      case AFTER_HOURS_ACCESS, AUDIT_CHAIN_BROKEN -> thresholds.repeatAfter();
      case EMERGENCY_ACCESS -> Duration.ZERO;
    };
  }

  private List<Finding> failedLogins(ObservedEvent event, EventHistory history) {
    List<Finding> findings = new ArrayList<>();
    long forUser =
        history.countByActor(
            AuditAction.LOGIN_FAILED,
            event.actor(),
            event.occurredAt().minus(thresholds.failedLoginsPerUserWindow()),
            event.occurredAt(),
            event.sequence());
    if (forUser > thresholds.failedLoginsPerUserMax()) {
      findings.add(finding(AlertRule.FAILED_LOGINS_FOR_USER, event.actor(), forUser, event));
    }
    if (event.clientAddress() != null) {
      long fromAddress =
          history.countByAddress(
              AuditAction.LOGIN_FAILED,
              event.clientAddress(),
              event.occurredAt().minus(thresholds.failedLoginsPerAddressWindow()),
              event.occurredAt(),
              event.sequence());
      if (fromAddress > thresholds.failedLoginsPerAddressMax()) {
        findings.add(
            finding(
                AlertRule.FAILED_LOGINS_FROM_ADDRESS, event.clientAddress(), fromAddress, event));
      }
    }
    return findings;
  }

  private static Finding finding(AlertRule rule, String subject, long count, ObservedEvent event) {
    return new Finding(rule, subject, count, event.occurredAt(), event.sequence());
  }
}

package org.clinicchat.alert;

/** A monitoring rule over the audit trail, with the words the dashboard and the email use. */
public enum AlertRule {
  TRANSCRIPT_READS_EXCEEDED("A staff user opened more transcripts than the limit allows"),
  AFTER_HOURS_ACCESS("A staff user accessed PHI outside clinic hours"),
  FAILED_LOGINS_FOR_USER("Repeated failed logins for one user name"),
  FAILED_LOGINS_FROM_ADDRESS("Repeated failed logins from one client address"),
  EMERGENCY_ACCESS("A staff user used break-glass emergency access"),
  AUDIT_CHAIN_BROKEN("The audit chain check failed");

  private final String description;

  AlertRule(String description) {
    this.description = description;
  }

  /** Returns one sentence that describes what happened, without PHI. */
  public String description() {
    return description;
  }
}

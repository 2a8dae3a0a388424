package org.clinicchat.alert;

import java.time.format.DateTimeFormatter;

/**
 * The subject and text of the email that announces an alert. It carries the rule, the time, the
 * staff user or client address, the count and a link to the dashboard, and nothing else: no
 * patient, conversation or message, because email leaves the clinic's control.
 */
record AlertEmail(String subject, String text) {

  static AlertEmail of(Alert alert, String dashboardUrl) {
    String subjectLabel =
        alert.getRule() == AlertRule.FAILED_LOGINS_FROM_ADDRESS ? "Client address" : "Staff user";
    String text =
        "ClinicChat raised a security alert.\n\n"
            + "Rule: "
            + alert.getRule().name()
            + "\nWhat happened: "
            + alert.getRule().description()
            + "\nTime (UTC): "
            + DateTimeFormatter.ISO_INSTANT.format(alert.getOccurredAt())
            + "\n"
            + subjectLabel
            + ": "
            + alert.getSubject()
            + "\nCount: "
            + alert.getEventCount()
            + "\nAlert id: "
            + alert.getId()
            + "\n\nReview and acknowledge it on the alert dashboard: "
            + dashboardUrl
            + "\n";
    return new AlertEmail("ClinicChat alert: " + alert.getRule().description(), text);
  }
}

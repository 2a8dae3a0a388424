package org.clinicchat.breach;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One incident of the register with its free text decrypted, for the privacy officer's pages.
 *
 * @param breachOn the date of the breach, or null if it is not known
 * @param factors the assessed factors; empty before the first assessment
 * @param outcome null before the first assessment
 * @param affectedPatients conversation ids and visitor pseudonyms, sorted
 * @param individualsNotifiedOn null while the individual notices have not gone out
 */
public record IncidentView(
    String id,
    boolean drill,
    IncidentStatus status,
    LocalDate discoveredOn,
    LocalDate breachOn,
    String description,
    String systemsInvolved,
    String recordedBy,
    Instant recordedAt,
    Map<RiskFactor, FactorAssessment> factors,
    AssessmentOutcome outcome,
    String decidedBy,
    Instant decidedAt,
    List<String> affectedPatients,
    Map<String, Integer> affectedByState,
    NoticeContent notice,
    LocalDate individualsNotifiedOn) {

  /** Returns the notification deadlines that follow from the incident's dates and counts. */
  public NotificationDeadlines deadlines() {
    return NotificationDeadlines.of(
        discoveredOn, affectedPatients.size(), affectedByState, individualsNotifiedOn);
  }

  /** Returns the facts that the notice letter states. */
  public LetterFacts letterFacts() {
    return new LetterFacts(breachOn, discoveredOn, notice, drill);
  }
}

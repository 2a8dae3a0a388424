package org.clinicchat.breach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RiskAssessmentTest {

  @Test
  void notesStripped() {
    Map<RiskFactor, FactorAssessment> factors = allFactors(RiskRating.LOW, "  Encrypted disk.\n");

    RiskAssessment assessment =
        new RiskAssessment(factors, AssessmentOutcome.LOW_PROBABILITY_OF_COMPROMISE);

    assertEquals("Encrypted disk.", assessment.factors().get(RiskFactor.MITIGATION).note());
  }

  @Test
  void missingFactorRejected() {
    Map<RiskFactor, FactorAssessment> factors = allFactors(RiskRating.HIGH, "Viewed.");
    factors.remove(RiskFactor.ACQUIRED_OR_VIEWED);

    InvalidIncidentException e =
        assertThrows(
            InvalidIncidentException.class,
            () -> new RiskAssessment(factors, AssessmentOutcome.BREACH));

    assertEquals(
        "Whether the PHI was actually acquired or viewed: choose a rating.", e.getMessage());
  }

  @Test
  void blankNoteRejected() {
    Map<RiskFactor, FactorAssessment> factors = allFactors(RiskRating.HIGH, " \n\t");

    InvalidIncidentException e =
        assertThrows(
            InvalidIncidentException.class,
            () -> new RiskAssessment(factors, AssessmentOutcome.BREACH));

    assertEquals(
        RiskFactor.PHI_NATURE_AND_EXTENT.label() + ": explain the rating in the note.",
        e.getMessage());
  }

  @Test
  void overlongNoteRejected() {
    Map<RiskFactor, FactorAssessment> factors =
        allFactors(RiskRating.MEDIUM, "x".repeat(RiskAssessment.MAX_NOTE_LENGTH + 1));

    InvalidIncidentException e =
        assertThrows(
            InvalidIncidentException.class,
            () -> new RiskAssessment(factors, AssessmentOutcome.BREACH));

    assertEquals(
        RiskFactor.PHI_NATURE_AND_EXTENT.label() + ": use at most 2000 characters.",
        e.getMessage());
  }

  @Test
  void missingOutcomeRejected() {
    InvalidIncidentException e =
        assertThrows(
            InvalidIncidentException.class,
            () -> new RiskAssessment(allFactors(RiskRating.LOW, "Encrypted."), null));

    assertEquals(
        "Outcome: choose whether the probability of compromise is low or the incident is a"
            + " breach.",
        e.getMessage());
  }

  private static Map<RiskFactor, FactorAssessment> allFactors(RiskRating rating, String note) {
    Map<RiskFactor, FactorAssessment> factors = new EnumMap<>(RiskFactor.class);
    for (RiskFactor factor : RiskFactor.values()) {
      factors.put(factor, new FactorAssessment(rating, note));
    }
    return factors;
  }
}

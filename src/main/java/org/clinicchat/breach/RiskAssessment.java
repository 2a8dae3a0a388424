package org.clinicchat.breach;

import java.util.EnumMap;
import java.util.Map;

/**
 * A four-factor risk assessment (45 CFR 164.402(2)): a rating and a note for every {@link
 * RiskFactor}, and the outcome that follows from them.
 */
public record RiskAssessment(Map<RiskFactor, FactorAssessment> factors, AssessmentOutcome outcome) {

  /** Maximum length of the note on one factor, in characters. */
  public static final int MAX_NOTE_LENGTH = 2000;

  /**
   * Checks that every factor is rated and explained and an outcome is chosen, and strips the notes.
   *
   * @throws InvalidIncidentException naming the first factor or field to correct
   */
  public RiskAssessment {
    Map<RiskFactor, FactorAssessment> checked = new EnumMap<>(RiskFactor.class);
    for (RiskFactor factor : RiskFactor.values()) {
      FactorAssessment entered = factors.get(factor);
      if (entered == null || entered.rating() == null) {
        throw new InvalidIncidentException(factor.label() + ": choose a rating.");
      }
      String note = entered.note() == null ? "" : entered.note().strip();
      if (note.isEmpty()) {
        throw new InvalidIncidentException(factor.label() + ": explain the rating in the note.");
      }
      if (note.length() > MAX_NOTE_LENGTH) {
        throw new InvalidIncidentException(
            factor.label() + ": use at most " + MAX_NOTE_LENGTH + " characters.");
      }
      checked.put(factor, new FactorAssessment(entered.rating(), note));
    }
    if (outcome == null) {
      throw new InvalidIncidentException(
          "Outcome: choose whether the probability of compromise is low or the incident is a"
              + " breach.");
    }
    factors = Map.copyOf(checked);
  }
}

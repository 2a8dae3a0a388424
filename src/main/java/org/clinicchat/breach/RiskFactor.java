package org.clinicchat.breach;

/**
 * The four factors that a risk assessment must at least consider under 45 CFR 164.402(2) to show a
 * low probability that PHI has been compromised.
 */
public enum RiskFactor {
  PHI_NATURE_AND_EXTENT(
      "Nature and extent of the PHI involved, including the kinds of identifiers and the"
          + " likelihood of re-identification"),
  UNAUTHORIZED_PERSON("The unauthorized person who used the PHI or to whom it was disclosed"),
  ACQUIRED_OR_VIEWED("Whether the PHI was actually acquired or viewed"),
  MITIGATION("The extent to which the risk to the PHI has been mitigated");

  private final String label;

  RiskFactor(String label) {
    this.label = label;
  }

  /** Returns the factor in the words of the assessment form. */
  public String label() {
    return label;
  }
}

package org.clinicchat.breach;

/** The conclusion of a risk assessment, which decides whether notices are owed. */
public enum AssessmentOutcome {
  /** A low probability that the PHI has been compromised: not a breach, no notice owed. */
  LOW_PROBABILITY_OF_COMPROMISE("Low probability of compromise: not a breach"),
  /** A breach of unsecured PHI: individuals, HHS and possibly the media must be notified. */
  BREACH("Breach: notify");

  private final String label;

  AssessmentOutcome(String label) {
    this.label = label;
  }

  /** Returns the outcome in the words of the assessment form. */
  public String label() {
    return label;
  }
}

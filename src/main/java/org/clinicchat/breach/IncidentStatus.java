package org.clinicchat.breach;

/** The stage of an incident in the breach process. */
public enum IncidentStatus {
  /** Recorded, not yet assessed. */
  SUSPECTED("Suspected"),
  /** Assessed: a low probability that the PHI has been compromised, so no notice is owed. */
  NOT_A_BREACH("Not a breach"),
  /** Assessed as a breach of unsecured PHI: notices are owed. */
  BREACH("Breach"),
  /** A breach whose affected individuals have been sent their notices. */
  INDIVIDUALS_NOTIFIED("Individuals notified");

  private final String label;

  IncidentStatus(String label) {
    this.label = label;
  }

  /** Returns the status in the words of the register page. */
  public String label() {
    return label;
  }
}

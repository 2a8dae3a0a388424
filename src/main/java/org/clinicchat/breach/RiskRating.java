package org.clinicchat.breach;

/** How much one factor raises the probability that the PHI has been compromised. */
public enum RiskRating {
  LOW,
  MEDIUM,
  HIGH
}

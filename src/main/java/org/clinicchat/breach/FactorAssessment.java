package org.clinicchat.breach;

/** The privacy officer's rating of one risk factor and the note that explains it, in plaintext. */
public record FactorAssessment(RiskRating rating, String note) {}

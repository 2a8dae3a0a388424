package org.clinicchat.breach;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The stored rating of one risk factor, with its note as ciphertext. */
@Embeddable
public class RiskFinding {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private RiskRating rating;

  @Column(name = "note", columnDefinition = "TEXT NOT NULL")
  private String encryptedNote;

  protected RiskFinding() {}

  RiskFinding(RiskRating rating, String encryptedNote) {
    this.rating = rating;
    this.encryptedNote = encryptedNote;
  }

  public RiskRating getRating() {
    return rating;
  }

  String getEncryptedNote() {
    return encryptedNote;
  }
}

package org.clinicchat.patient;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A patient's full name as stored and compared: trimmed, Unicode NFKC, inner whitespace collapsed
 * to one space. Two names match when they are equal ignoring case, so "ana López" matches "Ana
 * López"; nicknames, initials and transliterations do not match.
 */
public record PersonName(String text) {

  private static final int MAX_LENGTH = 200;

  /**
   * Normalises a name as typed.
   *
   * @throws InvalidPatientIdentityException if it is blank or longer than 200 characters
   */
  public static PersonName parse(String typed) {
    if (typed == null || typed.isBlank()) {
      throw new InvalidPatientIdentityException("The name is missing.");
    }
    String text = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
    if (text.length() > MAX_LENGTH) {
      throw new InvalidPatientIdentityException("The name is longer than 200 characters.");
    }
    return new PersonName(text);
  }

  /** Returns whether the other name is this one, ignoring case. */
  public boolean matches(PersonName other) {
    return text.toLowerCase(Locale.ROOT).equals(other.text.toLowerCase(Locale.ROOT));
  }
}

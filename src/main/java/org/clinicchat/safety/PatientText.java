package org.clinicchat.safety;

import java.text.Normalizer;
import java.util.Locale;

/** Normalizes a patient's text so that patterns match whatever the case, accents or punctuation. */
final class PatientText {

  private PatientText() {}

  /**
   * Lowercases, strips accents, drops apostrophes ("can't" becomes "cant") and turns every other
   * character but letters and digits into single spaces.
   */
  static String normalize(String text) {
    String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    return decomposed
        .replaceAll("\\p{M}", "")
        .replaceAll("['’`´]", "")
        .replaceAll("[^\\p{L}\\p{Nd}]+", " ")
        .trim();
  }
}

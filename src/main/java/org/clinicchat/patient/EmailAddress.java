package org.clinicchat.patient;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address in the normal form that its blind index is computed from: trimmed, Unicode NFKC
 * and lower case. Lower-casing the local part is not what RFC 5321 requires, but mail providers
 * treat it case-insensitively and patients type it either way.
 */
public record EmailAddress(String normalised) {

  private static final int MAX_LENGTH = 254;
  private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

  /**
   * Normalises an email address as a patient or staff member typed it.
   *
   * @throws InvalidPatientIdentityException if it is not of the form name@domain.tld
   */
  public static EmailAddress parse(String typed) {
    if (typed == null) {
      throw new InvalidPatientIdentityException("The email address is missing.");
    }
    String normalised = Normalizer.normalize(typed.strip(), Normalizer.Form.NFKC);
    normalised = normalised.toLowerCase(Locale.ROOT);
    if (normalised.length() > MAX_LENGTH || !SHAPE.matcher(normalised).matches()) {
      throw new InvalidPatientIdentityException(
          "The email address is invalid; expected the form name@example.org.");
    }
    return new EmailAddress(normalised);
  }
}

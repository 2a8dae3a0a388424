package org.clinicchat.patient;

import java.util.regex.Pattern;

/**
 * A phone number in E.164 form ({@code +} and up to 15 digits), which its blind index is computed
 * from, so that "(415) 555-0132", "415.555.0132" and "+1 415 555 0132" are one number.
 *
 * <p>A number without a leading {@code +} or {@code 00} is national: it gets the clinic's default
 * country code, and for country code 1 (North America) an 11-digit number that already starts with
 * 1 keeps it. Separators (spaces, hyphens, dots, slashes, brackets) are dropped; anything else is
 * invalid. The length check is E.164's 8 to 15 digits, not a check that the number is assigned.
 */
public record PhoneNumber(String e164) {

  private static final Pattern ALLOWED = Pattern.compile("\\+?[0-9 ()./-]+");
  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");
  private static final int NANP_NATIONAL_DIGITS = 10;

  /**
   * Normalises a phone number as typed.
   *
   * @param defaultCountryCode the country calling code for national numbers, digits only
   * @throws InvalidPatientIdentityException if it has other characters or a wrong length
   */
  public static PhoneNumber parse(String typed, String defaultCountryCode) {
    if (typed == null || !ALLOWED.matcher(typed.strip()).matches()) {
      throw new InvalidPatientIdentityException(
          "The phone number is invalid; use digits, optionally with a leading + and the country"
              + " code, for example +1 415 555 0132.");
    }
    String text = typed.strip();
    String digits = text.replaceAll("[^0-9]", "");
    String international;
    if (text.startsWith("+")) {
      international = digits;
    } else if (digits.startsWith("00")) {
      international = digits.substring(2);
    } else if ("1".equals(defaultCountryCode)
        && digits.length() == NANP_NATIONAL_DIGITS + 1
        && digits.startsWith("1")) {
      international = digits;
    } else {
      international = defaultCountryCode + digits.replaceFirst("^0", "");
    }
    String e164 = "+" + international;
    if (!E164.matcher(e164).matches()) {
      throw new InvalidPatientIdentityException(
          "The phone number has too few or too many digits; E.164 allows 8 to 15 with the"
              + " country code.");
    }
    return new PhoneNumber(e164);
  }
}

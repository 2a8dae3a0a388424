package org.clinicchat.safety;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces social security numbers and payment card numbers in a patient's text, so that only the
 * minimum necessary is stored. A card number is 13 to 19 digits, optionally grouped by single
 * spaces or hyphens, that passes the Luhn check. A social security number is nine digits, grouped
 * 3-2-4 by hyphens or spaces or written together. Its area is not 000, 666 or 900-999, its group
 * not 00 and its serial not 0000, because the Social Security Administration issues none of those.
 */
public final class SensitiveNumbers {

  // Digits not preceded or followed by another digit, so a longer number is never cut into parts.
  private static final Pattern CARD_CANDIDATE =
      Pattern.compile("(?<![\\d-])\\d(?:[ -]?\\d){12,18}(?![\\d-])");
  private static final Pattern SSN =
      Pattern.compile(
          "(?<![\\d-])(?!000|666|9\\d\\d)\\d{3}([- ]?)(?!00)\\d{2}\\1(?!0000)\\d{4}(?![\\d-])");

  private SensitiveNumbers() {}

  /** Returns the text with every card number and social security number replaced. */
  public static MaskedText mask(String text) {
    Set<SensitiveNumberKind> found = EnumSet.noneOf(SensitiveNumberKind.class);
    String withoutCards = replaceCards(text, found);
    Matcher ssn = SSN.matcher(withoutCards);
    StringBuilder masked = new StringBuilder();
    while (ssn.find()) {
      found.add(SensitiveNumberKind.SOCIAL_SECURITY_NUMBER);
      ssn.appendReplacement(
          masked,
          Matcher.quoteReplacement(SensitiveNumberKind.SOCIAL_SECURITY_NUMBER.replacement()));
    }
    ssn.appendTail(masked);
    return new MaskedText(masked.toString(), found);
  }

  private static String replaceCards(String text, Set<SensitiveNumberKind> found) {
    Matcher candidate = CARD_CANDIDATE.matcher(text);
    StringBuilder result = new StringBuilder();
    while (candidate.find()) {
      String digits = candidate.group().replaceAll("[ -]", "");
      String replacement = candidate.group();
      if (passesLuhn(digits)) {
        found.add(SensitiveNumberKind.PAYMENT_CARD_NUMBER);
        replacement = SensitiveNumberKind.PAYMENT_CARD_NUMBER.replacement();
      }
      candidate.appendReplacement(result, Matcher.quoteReplacement(replacement));
    }
    candidate.appendTail(result);
    return result.toString();
  }

  /** Checks the Luhn (mod 10) check digit that every payment card number carries. */
  static boolean passesLuhn(String digits) {
    int sum = 0;
    boolean doubled = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int digit = digits.charAt(i) - '0';
      if (doubled) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
      doubled = !doubled;
    }
    return sum % 10 == 0;
  }
}

package org.clinicchat.breakglass;

/**
 * The written reason for a break-glass request: stripped, at least {@link #MIN_LENGTH} and at most
 * {@link #MAX_LENGTH} characters, so that "x" or a pasted document cannot stand in for one.
 *
 * @param text the reason as the privacy officer will read it
 */
public record EmergencyReason(String text) {

  /** Minimum length in characters: about one short sentence. */
  public static final int MIN_LENGTH = 20;

  /** Maximum length in characters. */
  public static final int MAX_LENGTH = 1000;

  /**
   * Checks and strips the reason.
   *
   * @throws InvalidBreakGlassRequestException if the reason is missing, shorter than {@link
   *     #MIN_LENGTH} or longer than {@link #MAX_LENGTH} characters
   */
  public EmergencyReason {
    text = text == null ? "" : text.strip();
    if (text.isEmpty()) {
      throw new InvalidBreakGlassRequestException(
          "Reason: say why you need this conversation in an emergency.");
    }
    if (text.length() < MIN_LENGTH) {
      throw new InvalidBreakGlassRequestException(
          "Reason: write at least " + MIN_LENGTH + " characters, so a reviewer can follow it.");
    }
    if (text.length() > MAX_LENGTH) {
      throw new InvalidBreakGlassRequestException(
          "Reason: use at most " + MAX_LENGTH + " characters.");
    }
  }
}

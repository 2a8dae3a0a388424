package org.clinicchat.safety;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * A patient's text with its sensitive numbers replaced, and the kinds of numbers that were
 * replaced; {@code masked} is empty when the text contained none.
 */
public record MaskedText(String text, Set<SensitiveNumberKind> masked) {

  public MaskedText {
    masked = Set.copyOf(masked);
  }

  /** Returns whether any number was replaced. */
  public boolean changed() {
    return !masked.isEmpty();
  }

  /**
   * Returns the sentence that tells the patient which numbers were removed and why, or an empty
   * string when none was.
   */
  public String notice() {
    if (masked.isEmpty()) {
      return "";
    }
    String kinds =
        masked.stream()
            .sorted()
            .map(SensitiveNumberKind::description)
            .collect(Collectors.joining(" and the "));
    return "For your privacy, I removed the "
        + kinds
        + " from your message before it was stored. Please never type social security or card"
        + " numbers into this chat: the clinic does not need them here. For billing, call our"
        + " billing office at (555) 010-4479.";
  }
}

package org.clinicchat.chat;

import java.util.regex.Pattern;

/**
 * Removes characters that a message has no use for and that can mislead a reader. These are the
 * control characters other than tab, line feed and carriage return, and the Unicode bidirectional
 * embedding, override and isolate controls. A right-to-left override makes text display in another
 * order than it was typed, the "Trojan Source" trick of CVE-2021-42574.
 */
public final class ControlCharacters {

  private static final Pattern REMOVED =
      Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]|[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

  private ControlCharacters() {}

  /** Returns the text without the removed characters, or null for null. */
  public static String strip(String text) {
    return text == null ? null : REMOVED.matcher(text).replaceAll("");
  }
}

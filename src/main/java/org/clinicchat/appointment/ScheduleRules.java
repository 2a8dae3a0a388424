package org.clinicchat.appointment;

import java.util.regex.Pattern;

/** Checks shared by the parts of a schedule document. */
final class ScheduleRules {

  private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

  private ScheduleRules() {}

  static void requireKey(String key, String what) {
    if (key == null || !KEY.matcher(key).matches()) {
      throw new InvalidScheduleException(
          "The " + what + " id must be 1 to 40 lower-case letters, digits or hyphens: " + key);
    }
  }

  static void requireText(String text, String what) {
    if (text == null || text.isBlank()) {
      throw new InvalidScheduleException("The " + what + " is missing.");
    }
  }
}

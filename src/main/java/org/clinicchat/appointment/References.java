package org.clinicchat.appointment;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Appointment references: eight characters of Crockford's base 32 (no I, L, O or U), random, so one
 * patient's reference reveals nothing about another's. 40 bits make a collision within a clinic's
 * bookings unlikely, and the unique index rejects the rare one.
 */
final class References {

  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final int LENGTH = 8;
  private static final Pattern SHAPE = Pattern.compile("[0-9A-HJKMNP-TV-Z]{8}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private References() {}

  static String next() {
    char[] reference = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      reference[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
    }
    return new String(reference);
  }

  /** Returns whether the text has the shape of a reference. */
  static boolean isWellFormed(String text) {
    return text != null && SHAPE.matcher(text).matches();
  }
}

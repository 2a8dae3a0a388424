package org.clinicchat.testing;

import java.util.UUID;

/**
 * Unique marker texts for tests that send a message and look for it again.
 *
 * <p>A marker contains letters only. The assistant masks digit runs that look like a card or a
 * Social Security number before it stores a message, and a random UUID contains such a run in
 * roughly one run in a hundred (an estimate), which made tests that search for the stored text fail
 * at random.
 */
public final class Markers {

  private Markers() {}

  /** Returns {@code prefix}, a space, and 32 random letters. */
  public static String unique(String prefix) {
    StringBuilder marker = new StringBuilder(prefix).append(' ');
    for (char c : UUID.randomUUID().toString().toCharArray()) {
      if (Character.isDigit(c)) {
        marker.append((char) ('g' + (c - '0')));
      } else if (c != '-') {
        marker.append(c);
      }
    }
    return marker.toString();
  }
}

package org.clinicchat.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The blocklist check of NIST SP 800-63B section 5.1.1.2: a new password is rejected if it is a
 * commonly used or breached password, a repetition of one short pattern, or built from the user
 * name. There are no composition rules and no expiry, as the same section advises.
 *
 * <p>The list is the 30,000 most frequent passwords from breach corpora, as shipped in {@code
 * com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt} of the zxcvbn4j jar (MIT license). A
 * password also counts as listed when it is a listed password with digits or punctuation added at
 * the end, because that is how people satisfy length rules ("password1234!").
 */
public final class CommonPasswords {

  static final String LIST = "/com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

  /** The shortest listed password that the suffix rule looks for, so "a" plus digits passes. */
  private static final int MIN_STEM_LENGTH = 4;

  private static final int MAX_PATTERN_LENGTH = 4;

  private static volatile Set<String> listed;

  private CommonPasswords() {}

  /** Returns why a new password is rejected, as a sentence for the page, or null if it passes. */
  public static String rejectionReason(char[] password, String username) {
    String candidate = new String(password).toLowerCase(Locale.ROOT);
    if (isRepeatedPattern(candidate)) {
      return "This password repeats a short pattern. Choose a phrase of several unrelated words.";
    }
    if (username != null
        && username.length() >= MIN_STEM_LENGTH
        && candidate.contains(username.toLowerCase(Locale.ROOT))) {
      return "This password contains the user name. Choose one that does not.";
    }
    if (isListed(candidate)) {
      return "This password is in lists of common and breached passwords, which attackers try"
          + " first. Choose a phrase of several unrelated words.";
    }
    return null;
  }

  private static boolean isListed(String candidate) {
    Set<String> passwords = passwords();
    if (passwords.contains(candidate)) {
      return true;
    }
    String stem = candidate.replaceFirst("[\\d\\p{Punct}\\s]+$", "");
    return stem.length() >= MIN_STEM_LENGTH && passwords.contains(stem);
  }

  private static boolean isRepeatedPattern(String candidate) {
    for (int length = 1; length <= MAX_PATTERN_LENGTH; length++) {
      if (candidate.length() % length == 0
          && candidate.substring(0, length).repeat(candidate.length() / length).equals(candidate)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> passwords() {
    Set<String> loaded = listed;
    if (loaded == null) {
      loaded = load();
      listed = loaded;
    }
    return loaded;
  }

  private static Set<String> load() {
    InputStream in = CommonPasswords.class.getResourceAsStream(LIST);
    if (in == null) {
      throw new IllegalStateException(
          "The common password list " + LIST + " is missing: the zxcvbn jar must be in the WAR");
    }
    Set<String> passwords = new HashSet<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          passwords.add(line.strip().toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the common password list " + LIST, e);
    }
    return Set.copyOf(passwords);
  }
}

package org.clinicchat.education;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Matches a MedQuAD focus and its synonyms against a question, word by word. */
final class FocusNames {

  /** Shortest focus name that counts, so that abbreviations such as "A" or "MS" never match. */
  private static final int MIN_NAME_LENGTH = 4;

  private static final Pattern PARENTHESES = Pattern.compile("\\(([^)]*)\\)");

  private FocusNames() {}

  /** Lowercases, strips accents and apostrophes, and keeps letters and digits between spaces. */
  static String normalize(String text) {
    String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    String words =
        decomposed
            .replaceAll("\\p{M}", "")
            .replaceAll("['’]s\\b", "")
            .replaceAll("['’]", "")
            .replaceAll("[^\\p{L}\\p{Nd}]+", " ")
            .trim();
    return " " + words + " ";
  }

  /** Returns whether the normalized question contains the answer's focus or a synonym. */
  static boolean named(EducationAnswer answer, String normalizedQuestion) {
    if (contains(normalizedQuestion, answer.focus())) {
      return true;
    }
    for (String synonym : answer.synonyms()) {
      if (contains(normalizedQuestion, synonym)) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(String normalizedQuestion, String name) {
    for (String alias : aliases(name)) {
      String normalizedAlias = normalize(alias);
      if (normalizedAlias.trim().length() >= MIN_NAME_LENGTH
          && (normalizedQuestion.contains(normalizedAlias)
              || normalizedQuestion.contains(plural(normalizedAlias)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the names a focus goes by. MedQuAD writes some as "Parasites - Enterobiasis (also known
   * as Pinworm Infection)", which a patient calls "enterobiasis" or "pinworm infection".
   */
  static List<String> aliases(String focus) {
    List<String> aliases = new ArrayList<>();
    String withoutParentheses = PARENTHESES.matcher(focus).replaceAll(" ").trim();
    aliases.add(withoutParentheses);
    String[] segments = withoutParentheses.split(" - ");
    if (segments.length > 1) {
      aliases.add(segments[segments.length - 1]);
    }
    Matcher parenthesized = PARENTHESES.matcher(focus);
    while (parenthesized.find()) {
      aliases.add(parenthesized.group(1).replaceFirst("^(also known as|also called) ", ""));
    }
    return aliases;
  }

  private static String plural(String normalizedName) {
    return normalizedName.substring(0, normalizedName.length() - 1) + "s ";
  }
}

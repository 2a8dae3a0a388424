package org.clinicchat.education;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Matches a MedQuAD focus and its synonyms against a question, word by word. */
final class FocusNames {

  /** Shortest focus name that counts, so that abbreviations such as "A" or "MS" never match. */
  private static final int MIN_NAME_LENGTH = 4;

  /**
   * Words for a kind of illness that end many names, and that patients and sources use for one
   * another: a patient's "autoimmune illness" is MedlinePlus's "Autoimmune disorders", and "heart
   * problems" are "Heart Diseases".
   */
  private static final List<String> ILLNESS_WORDS =
      List.of(
          "disease",
          "diseases",
          "disorder",
          "disorders",
          "illness",
          "illnesses",
          "condition",
          "conditions",
          "problem",
          "problems");

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

  /**
   * A patient's question as names are matched against it.
   *
   * @param normalized the question as {@link #normalize} gives it
   * @param abbreviations the words it writes as abbreviations, in upper case, as {@link
   *     FocusAbbreviations#written} finds them
   */
  record Question(String normalized, Set<String> abbreviations) {

    Question {
      abbreviations = Set.copyOf(abbreviations);
    }

    static Question of(String text) {
      return new Question(normalize(text), FocusAbbreviations.written(text));
    }
  }

  /**
   * Returns whether the question contains the answer's focus, an abbreviation of it that its
   * document defines, or a synonym. A name that ends in an illness word also matches with another
   * illness word in its place. A qualifier part of the focus name does not count as a name of its
   * own. Abbreviations may be shorter than other names, because the import keeps only those that
   * are no ordinary words.
   */
  static boolean named(EducationAnswer answer, Question question, FocusQualifiers qualifiers) {
    String normalizedQuestion = question.normalized();
    if (contains(normalizedQuestion, answer.focus(), qualifiers)) {
      return true;
    }
    if (answer.abbreviations().stream().anyMatch(question.abbreviations()::contains)) {
      return true;
    }
    for (String synonym : answer.synonyms()) {
      if (contains(normalizedQuestion, synonym, qualifiers)) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(
      String normalizedQuestion, String name, FocusQualifiers qualifiers) {
    for (String alias : aliases(name, qualifiers)) {
      String normalizedAlias = normalize(alias);
      if (normalizedAlias.trim().length() < MIN_NAME_LENGTH) {
        continue;
      }
      for (String variant : illnessVariants(normalizedAlias)) {
        if (normalizedQuestion.contains(variant) || normalizedQuestion.contains(plural(variant))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Returns a normalized name and, where it ends in an illness word after other words, the name
   * ending in each illness word instead.
   */
  static List<String> illnessVariants(String normalizedName) {
    String[] words = normalizedName.trim().split(" ");
    String lastWord = words[words.length - 1];
    if (words.length < 2 || !ILLNESS_WORDS.contains(lastWord)) {
      return List.of(normalizedName);
    }
    String stem = normalizedName.substring(0, normalizedName.length() - lastWord.length() - 1);
    return ILLNESS_WORDS.stream().map(word -> stem + word + " ").toList();
  }

  /**
   * Returns the names a focus goes by. MedQuAD writes some as "Parasites - Enterobiasis (also known
   * as Pinworm Infection)", which a patient calls "enterobiasis" or "pinworm infection". The last
   * part after " - " is a name when it begins with a capital letter and is no qualifier. A
   * lowercase last part modifies the first, as in the inverted synonyms "Drowning - near" and
   * "Stones - bladder", and alone it would name near drowning in "in the near future".
   */
  static List<String> aliases(String focus, FocusQualifiers qualifiers) {
    List<String> aliases = new ArrayList<>();
    String withoutParentheses = PARENTHESES.matcher(focus).replaceAll(" ").trim();
    aliases.add(withoutParentheses);
    String[] segments = withoutParentheses.split(FocusQualifiers.SEPARATOR);
    String last = segments[segments.length - 1];
    if (segments.length > 1 && isCapitalized(last) && !qualifiers.isQualifier(last)) {
      aliases.add(last);
    }
    Matcher parenthesized = PARENTHESES.matcher(focus);
    while (parenthesized.find()) {
      aliases.add(parenthesized.group(1).replaceFirst("^(also known as|also called) ", ""));
    }
    return aliases;
  }

  private static boolean isCapitalized(String part) {
    String trimmed = part.strip();
    return !trimmed.isEmpty() && Character.isUpperCase(trimmed.charAt(0));
  }

  private static String plural(String normalizedName) {
    return normalizedName.substring(0, normalizedName.length() - 1) + "s ";
  }
}

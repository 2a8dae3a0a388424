package org.clinicchat.education;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Abbreviations of focus names that MedQuAD documents define in their answers, as in "Normal
 * pressure hydrocephalus (NPH) is ...". Patients write "I have nph" or "CVID", and such a word then
 * names the focus. An abbreviation is the initials of the focus name's words, and counts only where
 * an answer of the same document writes it in parentheses. One that answers also use as an ordinary
 * lowercase word ("all", "cat") is left out, because it would name the focus in any question. A
 * question names it only with a capital letter, as in "NPH" or "Nph": "med" in lowercase is a
 * patient's word for a medicine, not multiple epiphyseal dysplasia (MED).
 *
 * <p>An import first {@link #survey surveys} every document, then asks for each document's {@link
 * #of abbreviations}. Not thread-safe.
 */
final class FocusAbbreviations {

  static final int MIN_LENGTH = 3;
  static final int MAX_LENGTH = 6;

  /**
   * Maximum number of answers that use an abbreviation as a lowercase word, above which it is an
   * ordinary word.
   */
  static final int MAX_LOWERCASE_ANSWERS = 2;

  /** Words that abbreviations skip, as NPH skips nothing and CIPA skips "to" and "with". */
  private static final Set<String> SMALL_WORDS =
      Set.of("a", "an", "and", "by", "for", "in", "of", "on", "or", "the", "to", "with");

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’]*");
  private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
  private static final Pattern LOWERCASE_WORD =
      Pattern.compile("\\b[a-z]{" + MIN_LENGTH + "," + MAX_LENGTH + "}\\b");

  private static final Pattern QUESTION_WORD =
      Pattern.compile("\\b\\p{L}{" + MIN_LENGTH + "," + MAX_LENGTH + "}\\b");

  private final Map<String, Integer> lowercaseAnswers = new HashMap<>();

  /**
   * Returns the words of a question that may be abbreviations, in upper case: words of {@link
   * #MIN_LENGTH} to {@link #MAX_LENGTH} letters with a capital letter, such as "NPH" or "Nph". A
   * word in lowercase ("med", "art") is taken as an ordinary word. The first word of a sentence
   * ("Any") is taken too, and names nothing, because the import leaves out ordinary words.
   */
  static Set<String> written(String question) {
    Set<String> words = new HashSet<>();
    Matcher word = QUESTION_WORD.matcher(question);
    while (word.find()) {
      String text = word.group();
      if (!text.equals(text.toLowerCase(Locale.ROOT))) {
        words.add(text.toUpperCase(Locale.ROOT));
      }
    }
    return words;
  }

  /** Counts the lowercase words of a document's answers. */
  void survey(List<EducationAnswer> document) {
    for (EducationAnswer answer : document) {
      Set<String> words = new HashSet<>();
      Matcher word = LOWERCASE_WORD.matcher(answer.text());
      while (word.find()) {
        words.add(word.group());
      }
      words.forEach(lowercase -> lowercaseAnswers.merge(lowercase, 1, Integer::sum));
    }
  }

  /** Returns the abbreviations of the focus that the document defines, in upper case. */
  List<String> of(List<EducationAnswer> document) {
    List<String> abbreviations = new ArrayList<>();
    for (EducationAnswer answer : document) {
      String abbreviation = initials(answer.focus());
      if (!abbreviations.contains(abbreviation)
          && isDefined(abbreviation, document)
          && !isOrdinaryWord(abbreviation)) {
        abbreviations.add(abbreviation);
      }
    }
    return abbreviations;
  }

  /**
   * Returns the initials of the words of a focus name, without small words and parenthesized parts,
   * in upper case: "Normal Pressure Hydrocephalus" gives NPH, "Machado-Joseph disease" MJD.
   */
  static String initials(String focus) {
    StringBuilder initials = new StringBuilder();
    Matcher word = WORD.matcher(PARENTHESES.matcher(focus).replaceAll(" "));
    while (word.find()) {
      String text = word.group().toLowerCase(Locale.ROOT);
      if (!SMALL_WORDS.contains(text)) {
        initials.append(Character.toUpperCase(text.charAt(0)));
      }
    }
    return initials.toString();
  }

  private static boolean isDefined(String abbreviation, List<EducationAnswer> document) {
    if (abbreviation.length() < MIN_LENGTH || abbreviation.length() > MAX_LENGTH) {
      return false;
    }
    Pattern definition = Pattern.compile("\\(" + Pattern.quote(abbreviation) + "s?\\)");
    return document.stream().anyMatch(answer -> definition.matcher(answer.text()).find());
  }

  private boolean isOrdinaryWord(String abbreviation) {
    return lowercaseAnswers.getOrDefault(abbreviation.toLowerCase(Locale.ROOT), 0)
        > MAX_LOWERCASE_ANSWERS;
  }
}

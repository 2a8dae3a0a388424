package org.clinicchat.education;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Corrects misspelled names of diseases and drugs in a question before it is searched. A word that
 * no focus, MedQuAD question or answer contains is replaced by the closest focus word within the
 * edit distance that the focus query allows, so "Gabamentine" becomes "Gabapentin". The corrected
 * word then matches the answer and question text and names the focus, which a misspelled word
 * cannot do. Words that the index contains are never changed, even if the patient meant another.
 *
 * <p>NOTE: a Spanish message goes through the same correction, so a Spanish word that the English
 * index lacks may become an English focus word one or two edits away.
 */
final class FocusSpelling {

  /**
   * Leading letters that a correction keeps, one as in the default of Lucene's {@code
   * DirectSpellChecker}. Patients seldom misspell the first letter, and without this rule "dancer"
   * would become "cancer".
   */
  private static final int SAME_FIRST_LETTERS = 1;

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private final IndexReader reader;
  private final Analyzer analyzer;
  private final Terms focusTerms;

  FocusSpelling(IndexReader reader, Analyzer analyzer) throws IOException {
    this.reader = reader;
    this.analyzer = analyzer;
    this.focusTerms = MultiTerms.getTerms(reader, EducationIndex.FIELD_FOCUS);
  }

  /**
   * Returns the question with each misspelled focus word replaced by the focus word it misspells.
   * Only the first {@code EducationSearch.MAX_QUERY_TERMS} distinct words are looked up, as many as
   * the search reads, so that a long message of unknown words costs at most that many lookups.
   */
  String correct(String question) {
    if (focusTerms == null) {
      return question;
    }
    Map<String, Optional<String>> corrections = new HashMap<>();
    Matcher words = WORD.matcher(question);
    StringBuilder corrected = new StringBuilder();
    while (words.find()) {
      String word = words.group();
      String key = word.toLowerCase(Locale.ROOT);
      if (!corrections.containsKey(key) && corrections.size() < EducationSearch.MAX_QUERY_TERMS) {
        corrections.put(key, correction(key));
      }
      Optional<String> correction = corrections.getOrDefault(key, Optional.empty());
      words.appendReplacement(corrected, Matcher.quoteReplacement(correction.orElse(word)));
    }
    words.appendTail(corrected);
    return corrected.toString();
  }

  private Optional<String> correction(String word) {
    try {
      Optional<String> stem = stem(word);
      if (stem.isEmpty()
          || stem.get().length() < EducationSearch.MIN_FUZZY_LENGTH
          || isKnown(stem.get())) {
        return Optional.empty();
      }
      Optional<BytesRef> focusTerm = closestFocusTerm(stem.get());
      return focusTerm.isEmpty() ? Optional.empty() : focusWord(focusTerm.get());
    } catch (IOException e) {
      throw new UncheckedIOException("Correcting the spelling of a question failed", e);
    }
  }

  private boolean isKnown(String stem) throws IOException {
    for (String field :
        new String[] {
          EducationIndex.FIELD_FOCUS, EducationIndex.FIELD_QUESTION, EducationIndex.FIELD_ANSWER
        }) {
      if (reader.docFreq(new Term(field, stem)) > 0) {
        return true;
      }
    }
    return false;
  }

  /** Returns the focus term fewest edits away and, among equally close terms, the most frequent. */
  private Optional<BytesRef> closestFocusTerm(String stem) throws IOException {
    int maxEdits = stem.length() < EducationSearch.MIN_TWO_EDITS_LENGTH ? 1 : 2;
    FuzzyTermsEnum candidates =
        new FuzzyTermsEnum(
            focusTerms,
            new Term(EducationIndex.FIELD_FOCUS, stem),
            maxEdits,
            SAME_FIRST_LETTERS,
            true);
    BytesRef best = null;
    float bestSimilarity = 0;
    int bestAnswers = 0;
    for (BytesRef term = candidates.next(); term != null; term = candidates.next()) {
      float similarity = candidates.getBoost();
      int answers = candidates.docFreq();
      if (similarity > bestSimilarity || (similarity == bestSimilarity && answers > bestAnswers)) {
        best = BytesRef.deepCopyOf(term);
        bestSimilarity = similarity;
        bestAnswers = answers;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Returns the word, as a focus spells it, whose stem is the focus term. */
  private Optional<String> focusWord(BytesRef focusTerm) throws IOException {
    PostingsEnum postings =
        MultiTerms.getTermPostingsEnum(reader, EducationIndex.FIELD_FOCUS, focusTerm);
    if (postings == null || postings.nextDoc() == DocIdSetIterator.NO_MORE_DOCS) {
      return Optional.empty();
    }
    String focus = reader.storedFields().document(postings.docID()).get(EducationIndex.FIELD_FOCUS);
    Matcher words = WORD.matcher(focus);
    while (words.find()) {
      if (stem(words.group()).filter(focusTerm.utf8ToString()::equals).isPresent()) {
        return Optional.of(words.group());
      }
    }
    return Optional.empty();
  }

  private Optional<String> stem(String word) throws IOException {
    try (TokenStream tokens = analyzer.tokenStream(EducationIndex.FIELD_FOCUS, word)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      Optional<String> stem =
          tokens.incrementToken() ? Optional.of(term.toString()) : Optional.empty();
      tokens.end();
      return stem;
    }
  }
}

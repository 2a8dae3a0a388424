package org.clinicchat.assistant;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.clinicchat.safety.Language;

/**
 * An in-memory Lucene index of one FAQ version's phrases, one document per phrase, analyzed in the
 * phrase's language: English phrases with Lucene's English stemmer, Spanish phrases with its
 * Spanish stemmer, and phrases of other languages without stemming. It finds the phrases that a
 * question contains in inflected form ("billed" for "bill", "abiertas" for "abierto"), which the
 * exact phrase matcher misses. The analyzers keep stop words, so that "that is all" never shrinks
 * to "all".
 *
 * <p>A phrase matches when its analyzed terms occur in the question's analyzed terms in order and
 * next to each other. Entries score as in {@link FaqMatcher}: two points for a phrase of several
 * terms, one for a single term. Built once per FAQ version and read-only afterwards, so it is
 * thread-safe.
 */
final class FaqIndex {

  static final String FIELD_ENGLISH = "phrase_en";
  static final String FIELD_SPANISH = "phrase_es";
  static final String FIELD_OTHER = "phrase_other";
  private static final String FIELD_ENTRY = "entry";
  private static final String FIELD_NAME = "field";
  private static final String FIELD_TEXT = "text";
  private static final List<String> FIELDS = List.of(FIELD_ENGLISH, FIELD_SPANISH, FIELD_OTHER);

  /**
   * Phrase documents that one search checks. NOTE: a FAQ with more matching phrases than this loses
   * the lowest-ranked ones; the clinic's FAQ has 193 phrases in all.
   */
  private static final int MAX_CANDIDATES = 1000;

  private final List<FaqEntry> entries;
  private final List<List<String>> synonyms;
  private final Analyzer analyzer = analyzer();
  private final IndexSearcher searcher;

  private FaqIndex(List<FaqEntry> entries, List<List<String>> synonyms, Directory directory)
      throws IOException {
    this.entries = entries;
    this.synonyms = synonyms;
    this.searcher = new IndexSearcher(DirectoryReader.open(directory));
  }

  /** Builds the index of the entries' phrases, with synonym groups of normalized members. */
  static FaqIndex build(List<FaqEntry> entries, List<List<String>> synonyms) {
    Directory directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer()))) {
      for (int i = 0; i < entries.size(); i++) {
        for (Map.Entry<String, List<String>> phrases : entries.get(i).phrases().entrySet()) {
          for (String phrase : phrases.getValue()) {
            writer.addDocument(document(i, field(phrases.getKey()), phrase));
          }
        }
      }
      writer.commit();
      return new FaqIndex(List.copyOf(entries), List.copyOf(synonyms), directory);
    } catch (IOException e) {
      throw new UncheckedIOException("Building the FAQ index failed", e);
    }
  }

  /**
   * Returns the best entry for a question that {@link FaqMatcher#normalize} normalized, or empty
   * when no phrase occurs in it.
   */
  Optional<FaqMatcher.Match> bestMatch(String normalizedQuestion) {
    Map<String, List<List<String>>> questionTerms = new HashMap<>();
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String field : FIELDS) {
      List<List<String>> variants = withSynonyms(field, terms(field, normalizedQuestion));
      questionTerms.put(field, variants);
      Set<BytesRef> distinct = new LinkedHashSet<>();
      variants.forEach(variant -> variant.forEach(term -> distinct.add(new BytesRef(term))));
      // One clause per field, so a message of any length stays under Lucene's clause limit.
      query.add(new TermInSetQuery(field, distinct), Occur.SHOULD);
    }
    try {
      return best(searcher.search(query.build(), MAX_CANDIDATES).scoreDocs, questionTerms);
    } catch (IOException e) {
      throw new UncheckedIOException("Searching the FAQ index failed", e);
    }
  }

  private Optional<FaqMatcher.Match> best(
      ScoreDoc[] candidates, Map<String, List<List<String>>> questionTerms) throws IOException {
    StoredFields stored = searcher.storedFields();
    int[] scores = new int[entries.size()];
    Set<String> counted = new LinkedHashSet<>();
    for (ScoreDoc candidate : candidates) {
      Document document = stored.document(candidate.doc);
      int entry = document.getField(FIELD_ENTRY).numericValue().intValue();
      String field = document.get(FIELD_NAME);
      List<String> phraseTerms = terms(field, document.get(FIELD_TEXT));
      if (!phraseTerms.isEmpty()
          && counted.add(entry + " " + field + " " + phraseTerms)
          && questionTerms.get(field).stream()
              .anyMatch(variant -> Collections.indexOfSubList(variant, phraseTerms) >= 0)) {
        scores[entry] += phraseTerms.size() > 1 ? 2 : 1;
      }
    }
    int best = -1;
    for (int i = 0; i < scores.length; i++) {
      if (scores[i] > 0 && (best < 0 || scores[i] > scores[best])) {
        best = i;
      }
    }
    return best < 0
        ? Optional.empty()
        : Optional.of(new FaqMatcher.Match(entries.get(best), scores[best]));
  }

  /**
   * Returns the question's terms, followed by one variant for each synonym the question contains
   * and each other member of its group, with the synonym's terms replaced in place. Replacing in
   * place keeps the words of a phrase next to each other, so "bp checks" matches the phrase "blood
   * pressure check".
   */
  private List<List<String>> withSynonyms(String field, List<String> questionTerms) {
    List<List<String>> variants = new ArrayList<>();
    variants.add(questionTerms);
    for (List<String> group : synonyms) {
      for (String member : group) {
        List<String> memberTerms = terms(field, member);
        int at = Collections.indexOfSubList(questionTerms, memberTerms);
        if (memberTerms.isEmpty() || at < 0) {
          continue;
        }
        for (String other : group) {
          if (other.equals(member)) {
            continue;
          }
          List<String> variant = new ArrayList<>(questionTerms.subList(0, at));
          variant.addAll(terms(field, other));
          variant.addAll(questionTerms.subList(at + memberTerms.size(), questionTerms.size()));
          variants.add(variant);
        }
      }
    }
    return variants;
  }

  private static Document document(int entry, String field, String phrase) {
    String normalized = FaqMatcher.normalize(phrase);
    Document document = new Document();
    document.add(new StoredField(FIELD_ENTRY, entry));
    document.add(new StoredField(FIELD_NAME, field));
    document.add(new StoredField(FIELD_TEXT, normalized));
    document.add(new TextField(field, normalized, Field.Store.NO));
    return document;
  }

  private static String field(String languageCode) {
    if (Language.ENGLISH.code().equals(languageCode)) {
      return FIELD_ENGLISH;
    }
    return Language.SPANISH.code().equals(languageCode) ? FIELD_SPANISH : FIELD_OTHER;
  }

  /** Returns the analyzed terms of a text in a phrase field, in order. */
  private List<String> terms(String field, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream tokens = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        terms.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException("Analyzing a FAQ text failed", e);
    }
    return terms;
  }

  private static Analyzer analyzer() {
    return new PerFieldAnalyzerWrapper(
        new StandardAnalyzer(CharArraySet.EMPTY_SET),
        Map.of(
            FIELD_ENGLISH, new EnglishAnalyzer(CharArraySet.EMPTY_SET),
            FIELD_SPANISH, new SpanishAnalyzer(CharArraySet.EMPTY_SET)));
  }
}

package org.clinicchat.education;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Searches the MedQuAD index for the answers to a patient's question. The chat and the LiveQA
 * evaluation both call {@link #search}, so the evaluation measures what patients get.
 *
 * <p>First, {@link FocusSpelling} corrects misspelled names of diseases and drugs in the question.
 * Ranking then has two stages. Lucene's BM25 scores the question's terms against the focus
 * (allowing for misspellings), its synonyms, the MedQuAD question and the answer text, each field
 * alone and all four together with their own weights. Each of these five rankings adds a constant
 * bonus for answers of a question type the question asks about, and {@link RankFusion} fuses them.
 * Then the best {@link #RERANK_DEPTH} are re-ranked with a bonus for answers whose focus the
 * question names, and for answers that share a UMLS concept (CUI) with such an answer. A name may
 * be an abbreviation that the document defines ({@link FocusAbbreviations}), and qualifier parts of
 * focus names ({@link FocusQualifiers}) are not names. Where a document answers one question twice,
 * the longer answer comes first. Thread-safe; {@link #refresh} picks up a new import without a
 * restart.
 */
public final class EducationSearch implements Closeable {

  /** Field weights of the first stage; docs/benchmarks.md compares variants on LiveQA dev. */
  static final float FOCUS_WEIGHT = 3.0f;

  static final float SYNONYMS_WEIGHT = 1.0f;
  static final float QUESTION_WEIGHT = 1.5f;
  static final float ANSWER_WEIGHT = 1.0f;
  static final float TYPE_BONUS = 2.0f;

  /** Multiplier of the score of an answer whose focus, or a focus of the same concept, is named. */
  static final float NAMED_FOCUS_FACTOR = 1.5f;

  /**
   * Most answers a concept may have and still share the re-ranking bonus. A round value above the
   * answers of one disease in all sources together (dry mouth has 16).
   */
  static final int MAX_CONCEPT_ANSWERS = 100;

  /**
   * Shortest term that matches misspelled focus names, and the shortest that may differ by two
   * edits. Shorter terms are mostly common words, which one edit turns into other words.
   */
  static final int MIN_FUZZY_LENGTH = 5;

  static final int MIN_TWO_EDITS_LENGTH = 8;

  /** Focus terms that one misspelled term may match, the closest first. */
  static final int MAX_FUZZY_EXPANSIONS = 2;

  static final int RERANK_DEPTH = 100;

  /**
   * Five clauses per term (three fields, and up to {@link #MAX_FUZZY_EXPANSIONS} focus terms) must
   * stay under Lucene's default limit of 1,024 clauses, with room for the question types.
   */
  static final int MAX_QUERY_TERMS = 180;

  private final Directory directory;
  private final SearcherManager searchers;
  private final Analyzer analyzer = EducationIndex.analyzer();

  /** Focus qualifiers of the reader that the last search used. */
  private volatile ReaderQualifiers readerQualifiers;

  /** Focus qualifiers of one index reader. */
  private record ReaderQualifiers(IndexReader reader, FocusQualifiers qualifiers) {}

  private EducationSearch(Directory directory) throws IOException {
    this.directory = directory;
    this.searchers = new SearcherManager(directory, null);
  }

  /**
   * Opens the index in a folder that {@link EducationIndex#rebuild} wrote.
   *
   * @throws IOException if the folder holds no index
   */
  public static EducationSearch open(Path indexFolder) throws IOException {
    Directory directory = FSDirectory.open(indexFolder);
    if (!DirectoryReader.indexExists(directory)) {
      directory.close();
      throw new IOException("No education index in " + indexFolder + ": run the importer first");
    }
    return new EducationSearch(directory);
  }

  /** Returns whether a folder holds an index that {@link #open} can read. */
  public static boolean exists(Path indexFolder) throws IOException {
    try (Directory directory = FSDirectory.open(indexFolder)) {
      return DirectoryReader.indexExists(directory);
    }
  }

  /** Returns the number of answers in the index. */
  public int size() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      searchers.release(searcher);
    }
  }

  /** Makes later searches read the newest import. */
  public void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  /** Returns up to {@code max} answers to the question, best first. */
  public List<EducationHit> search(String question, int max) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        String corrected = new FocusSpelling(searcher.getIndexReader(), analyzer).correct(question);
        List<String> terms = terms(corrected);
        if (terms.isEmpty()) {
          return List.of();
        }
        int depth = Math.max(max, RERANK_DEPTH);
        List<ScoreDoc[]> rankings = new ArrayList<>();
        FocusNames.Question names = FocusNames.Question.of(corrected);
        Query focus = searcher.rewrite(focusQuery(terms, names.abbreviations()));
        for (Query query : queries(focus, terms, QuestionType.detect(corrected))) {
          rankings.add(searcher.search(query, depth).scoreDocs);
        }
        return rerank(searcher, RankFusion.fuse(rankings, depth), names, max);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Searching the education index failed", e);
    }
  }

  private List<EducationHit> rerank(
      IndexSearcher searcher, ScoreDoc[] scoreDocs, FocusNames.Question question, int max)
      throws IOException {
    StoredFields stored = searcher.storedFields();
    List<EducationHit> candidates = new ArrayList<>();
    for (ScoreDoc scoreDoc : scoreDocs) {
      EducationAnswer answer = answer(stored.document(scoreDoc.doc));
      candidates.add(new EducationHit(answer, scoreDoc.score, false));
    }
    FocusQualifiers qualifiers = qualifiers(searcher);
    Set<String> namedConcepts = namedConcepts(candidates, question, qualifiers);
    namedConcepts.removeIf(concept -> isGeneric(searcher, concept));
    List<EducationHit> hits = new ArrayList<>();
    for (EducationHit candidate : candidates) {
      boolean named =
          candidate.answer().conceptIds().stream().anyMatch(namedConcepts::contains)
              || FocusNames.named(candidate.answer(), question, qualifiers);
      float factor = named ? NAMED_FOCUS_FACTOR : 1.0f;
      hits.add(new EducationHit(candidate.answer(), candidate.score() * factor, named));
    }
    List<EducationHit> ranked = fullerAnswersFirst(hits);
    return List.copyOf(ranked.subList(0, Math.min(max, ranked.size())));
  }

  /**
   * Returns the focus qualifiers of the searcher's index. They are read from the commit data once
   * per import, not once per question.
   */
  private FocusQualifiers qualifiers(IndexSearcher searcher) throws IOException {
    ReaderQualifiers cached = readerQualifiers;
    IndexReader reader = searcher.getIndexReader();
    if (cached == null || cached.reader() != reader) {
      cached = new ReaderQualifiers(reader, EducationIndex.qualifiers((DirectoryReader) reader));
      readerQualifiers = cached;
    }
    return cached.qualifiers();
  }

  /**
   * Ranks the hits by score, where the answers of one document to the same question share the best
   * score among them and the longest of them comes first. Some MedQuAD documents ask a question
   * twice: NIHSeniorHealth pages answer "How to prevent Shingles?" in full and again in a short
   * follow-up ("Yes. In May 2006 ..."), which may match a patient's few words better.
   */
  static List<EducationHit> fullerAnswersFirst(List<EducationHit> hits) {
    Map<String, Double> best = new HashMap<>();
    for (EducationHit hit : hits) {
      best.merge(sameQuestion(hit), (double) hit.score(), Math::max);
    }
    List<EducationHit> ranked = new ArrayList<>(hits);
    ranked.sort(
        Comparator.comparingDouble((EducationHit hit) -> best.get(sameQuestion(hit)))
            .reversed()
            .thenComparing(EducationSearch::sameQuestion)
            .thenComparing(
                Comparator.comparingInt((EducationHit hit) -> hit.answer().text().length())
                    .reversed()));
    return ranked;
  }

  private static String sameQuestion(EducationHit hit) {
    return hit.answer().documentId() + "\n" + hit.answer().question();
  }

  /**
   * Returns the UMLS concepts of the candidates whose focus the question names. Another source's
   * answer about the same concept may go by a name the question does not use, such as "dry mouth"
   * for "xerostomia", and shares the concept's re-ranking bonus.
   */
  static Set<String> namedConcepts(
      List<EducationHit> candidates, FocusNames.Question question, FocusQualifiers qualifiers) {
    Set<String> concepts = new HashSet<>();
    for (EducationHit candidate : candidates) {
      if (FocusNames.named(candidate.answer(), question, qualifiers)) {
        concepts.addAll(candidate.answer().conceptIds());
      }
    }
    return concepts;
  }

  /**
   * Returns whether a concept is annotated on more answers than one disease has across all sources.
   * MedQuAD's annotations tag the word "syndrome" itself (C0039082) on 302 documents, and such a
   * concept would give the bonus to every syndrome.
   */
  private static boolean isGeneric(IndexSearcher searcher, String concept) {
    try {
      return searcher.getIndexReader().docFreq(new Term(EducationIndex.FIELD_CONCEPTS, concept))
          > MAX_CONCEPT_ANSWERS;
    } catch (IOException e) {
      throw new UncheckedIOException("Counting the answers of a concept failed", e);
    }
  }

  /**
   * Returns the queries whose rankings are fused: all fields together with their weights, then each
   * field alone. An answer that one field ranks high, such as its focus or its MedQuAD question,
   * then rises even when the long answer texts of other answers match more of a patient's words.
   * The focus query comes rewritten, so that its fuzzy terms are expanded once for both rankings.
   */
  private static List<Query> queries(Query focus, List<String> terms, Set<String> types) {
    BooleanQuery.Builder allFields = new BooleanQuery.Builder();
    Query synonyms = fieldQuery(EducationIndex.FIELD_SYNONYMS, terms, SYNONYMS_WEIGHT);
    Query question = fieldQuery(EducationIndex.FIELD_QUESTION, terms, QUESTION_WEIGHT);
    Query answer = fieldQuery(EducationIndex.FIELD_ANSWER, terms, ANSWER_WEIGHT);
    for (Query field : List.of(focus, synonyms, question, answer)) {
      allFields.add(field, Occur.SHOULD);
    }
    return List.of(allFields.build(), focus, synonyms, question, answer).stream()
        .map(content -> withTypeBonus(content, types))
        .toList();
  }

  private static Query withTypeBonus(Query content, Set<String> types) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(content, Occur.MUST);
    for (String type : types) {
      Query typeQuery =
          new ConstantScoreQuery(new TermQuery(new Term(EducationIndex.FIELD_TYPE, type)));
      query.add(new BoostQuery(typeQuery, TYPE_BONUS), Occur.SHOULD);
    }
    return query.build();
  }

  /**
   * Returns the query on the focus field, where a term of {@link #MIN_FUZZY_LENGTH} letters or more
   * also matches focus terms one or two edits away, because patients misspell the names of diseases
   * and drugs ("diahrrea", "arrhthmia").
   */
  private static Query focusQuery(List<String> terms, Set<String> abbreviations) {
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    for (String abbreviation : abbreviations) {
      Query name = new TermQuery(new Term(EducationIndex.FIELD_ABBREVIATIONS, abbreviation));
      builder.add(new BoostQuery(name, abbreviation.length()), Occur.SHOULD);
    }
    for (String term : terms) {
      Term focusTerm = new Term(EducationIndex.FIELD_FOCUS, term);
      if (term.length() < MIN_FUZZY_LENGTH) {
        builder.add(new TermQuery(focusTerm), Occur.SHOULD);
      } else {
        int maxEdits = term.length() < MIN_TWO_EDITS_LENGTH ? 1 : 2;
        builder.add(
            new FuzzyQuery(focusTerm, maxEdits, 0, MAX_FUZZY_EXPANSIONS, true), Occur.SHOULD);
      }
    }
    return new BoostQuery(builder.build(), FOCUS_WEIGHT);
  }

  private static Query fieldQuery(String field, List<String> terms, float weight) {
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    for (String term : terms) {
      builder.add(new TermQuery(new Term(field, term)), Occur.SHOULD);
    }
    return new BoostQuery(builder.build(), weight);
  }

  /** Returns the question's distinct analyzed terms, in order, at most {@link #MAX_QUERY_TERMS}. */
  private List<String> terms(String question) {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream tokens = analyzer.tokenStream(EducationIndex.FIELD_ANSWER, question)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken() && terms.size() < MAX_QUERY_TERMS) {
        terms.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException("Analyzing a question failed", e);
    }
    return List.copyOf(terms);
  }

  private static EducationAnswer answer(Document document) {
    return new EducationAnswer(
        document.get(EducationIndex.FIELD_ID),
        document.get(EducationIndex.FIELD_SOURCE),
        document.get(EducationIndex.FIELD_URL),
        document.get(EducationIndex.FIELD_FOCUS),
        List.of(document.getValues(EducationIndex.FIELD_CONCEPTS)),
        List.of(document.getValues(EducationIndex.FIELD_SYNONYMS)),
        document.get(EducationIndex.FIELD_QUESTION),
        document.get(EducationIndex.FIELD_TYPE),
        document.get(EducationIndex.FIELD_ANSWER),
        List.of(document.getValues(EducationIndex.FIELD_ABBREVIATIONS)));
  }

  @Override
  public void close() throws IOException {
    try (directory;
        analyzer) {
      searchers.close();
    }
  }
}

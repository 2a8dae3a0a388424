package org.clinicchat.education;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index of MedQuAD answers: one document per question-answer pair with answer text.
 *
 * <p>Re-importing is safe: {@link #rebuild} writes a whole new index in {@link OpenMode#CREATE}
 * mode, and Lucene makes it visible only at the final commit, so a failed import leaves the
 * previous index as it was and open searchers keep reading it. Lucene's write lock makes a second
 * import into the same folder fail at once instead of mixing the two.
 */
public final class EducationIndex {

  static final String FIELD_ID = "id";
  static final String FIELD_SOURCE = "source";
  static final String FIELD_URL = "url";
  static final String FIELD_FOCUS = "focus";
  static final String FIELD_CONCEPTS = "concepts";
  static final String FIELD_SYNONYMS = "synonyms";
  static final String FIELD_ABBREVIATIONS = "abbreviations";
  static final String FIELD_QUESTION = "question";
  static final String FIELD_TYPE = "qtype";
  static final String FIELD_ANSWER = "answer";

  /** Key of the index's commit data that contains the {@link FocusQualifiers} of the import. */
  static final String COMMIT_QUALIFIERS = "focus-qualifiers";

  private static final int PROGRESS_EVERY_FILES = 500;

  private EducationIndex() {}

  /** Counts of one import: XML files read, question-answer pairs indexed, and XML files found. */
  public record ImportSummary(int files, int answers, int totalFiles) {}

  /** Returns the analyzer that both indexing and search use. */
  static Analyzer analyzer() {
    return new EnglishAnalyzer();
  }

  /**
   * Replaces the index in {@code indexFolder} with the answers of every MedQuAD XML file under
   * {@code medquadFolder}, and reports progress to {@code progress} every few hundred files.
   *
   * @throws IOException if a file cannot be read or parsed, or the index cannot be written
   */
  public static ImportSummary rebuild(
      Path medquadFolder, Path indexFolder, Consumer<ImportSummary> progress) throws IOException {
    List<Path> files = xmlFiles(medquadFolder);
    FocusAbbreviations abbreviations = new FocusAbbreviations();
    FocusQualifiers qualifiers = FocusQualifiers.find(survey(files, abbreviations));
    Files.createDirectories(indexFolder);
    int answers = 0;
    int read = 0;
    try (Directory directory = FSDirectory.open(indexFolder);
        Analyzer analyzer = analyzer();
        IndexWriter writer =
            new IndexWriter(
                directory, new IndexWriterConfig(analyzer).setOpenMode(OpenMode.CREATE))) {
      for (Path file : files) {
        List<EducationAnswer> document = MedQuadReader.read(file);
        List<String> defined = abbreviations.of(document);
        for (EducationAnswer answer : document) {
          writer.addDocument(document(answer.withAbbreviations(defined), qualifiers));
          answers++;
        }
        read++;
        if (read % PROGRESS_EVERY_FILES == 0) {
          progress.accept(new ImportSummary(read, answers, files.size()));
        }
      }
      writer.setLiveCommitData(Map.of(COMMIT_QUALIFIERS, qualifiers.toText()).entrySet());
      writer.commit();
    }
    ImportSummary summary = new ImportSummary(read, answers, files.size());
    progress.accept(summary);
    return summary;
  }

  /**
   * Returns the focus names of the answers in the files, and lets {@code abbreviations} survey
   * their words. A first pass over the files, because the qualifiers among the names and the
   * ordinary words among the abbreviations shape how each answer is indexed.
   */
  private static Set<String> survey(List<Path> files, FocusAbbreviations abbreviations)
      throws IOException {
    Set<String> names = new HashSet<>();
    for (Path file : files) {
      List<EducationAnswer> document = MedQuadReader.read(file);
      abbreviations.survey(document);
      for (EducationAnswer answer : document) {
        names.add(answer.focus());
      }
    }
    return names;
  }

  /** Returns the focus qualifiers that the import of an index found, or none for an older index. */
  static FocusQualifiers qualifiers(DirectoryReader reader) throws IOException {
    String text = reader.getIndexCommit().getUserData().get(COMMIT_QUALIFIERS);
    return text == null ? FocusQualifiers.none() : FocusQualifiers.fromText(text);
  }

  private static List<Path> xmlFiles(Path medquadFolder) throws IOException {
    if (!Files.isDirectory(medquadFolder)) {
      throw new IOException("MedQuAD folder not found: " + medquadFolder);
    }
    try (Stream<Path> paths = Files.walk(medquadFolder)) {
      List<Path> files =
          paths
              .filter(p -> p.toString().endsWith(".xml"))
              .filter(Files::isRegularFile)
              .sorted()
              .toList();
      if (files.isEmpty()) {
        throw new IOException("No MedQuAD XML files under " + medquadFolder);
      }
      return files;
    }
  }

  /**
   * Returns the Lucene document of an answer. The focus field stores the whole focus name and
   * indexes it without its qualifier parts, so that "what you need to know" in a patient's message
   * does not match the focus of every vaccine statement.
   */
  private static Document document(EducationAnswer answer, FocusQualifiers qualifiers) {
    Document document = new Document();
    document.add(new StringField(FIELD_ID, answer.answerId(), Field.Store.YES));
    document.add(new StoredField(FIELD_SOURCE, answer.source()));
    document.add(new StoredField(FIELD_URL, String.valueOf(answer.url())));
    document.add(new StoredField(FIELD_FOCUS, answer.focus()));
    document.add(new TextField(FIELD_FOCUS, qualifiers.subject(answer.focus()), Field.Store.NO));
    for (String conceptId : answer.conceptIds()) {
      document.add(new StringField(FIELD_CONCEPTS, conceptId, Field.Store.YES));
    }
    for (String synonym : answer.synonyms()) {
      document.add(new TextField(FIELD_SYNONYMS, synonym, Field.Store.YES));
    }
    for (String abbreviation : answer.abbreviations()) {
      document.add(new StringField(FIELD_ABBREVIATIONS, abbreviation, Field.Store.YES));
    }
    document.add(new TextField(FIELD_QUESTION, answer.question(), Field.Store.YES));
    document.add(new StringField(FIELD_TYPE, answer.questionType(), Field.Store.YES));
    document.add(new TextField(FIELD_ANSWER, answer.text(), Field.Store.YES));
    return document;
  }
}

package org.clinicchat.education;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.clinicchat.testing.MedicalData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Correcting misspelled focus names against an index of the CDC slice of MedQuAD. */
class FocusSpellingTest {

  @TempDir static Path index;

  private static Directory directory;
  private static DirectoryReader reader;
  private static Analyzer analyzer;
  private static FocusSpelling spelling;

  @BeforeAll
  static void setUp() throws IOException {
    EducationIndex.rebuild(MedicalData.resolve("medquad/9_CDC_QA"), index, p -> {});
    directory = FSDirectory.open(index);
    reader = DirectoryReader.open(directory);
    analyzer = EducationIndex.analyzer();
    spelling = new FocusSpelling(reader, analyzer);
  }

  @AfterAll
  static void tearDown() throws IOException {
    reader.close();
    directory.close();
    analyzer.close();
  }

  @Test
  void oneEditReplacedByFocusWord() {
    assertEquals("Is Rabies deadly?", spelling.correct("Is rabbies deadly?"));
  }

  @Test
  void transposedLettersReplaced() {
    assertEquals("How is Leishmaniasis spread?", spelling.correct("How is Leishmanaisis spread?"));
  }

  @Test
  void everyOccurrenceReplaced() {
    assertEquals("Rabies, Rabies.", spelling.correct("Rabbies, rabbies."));
  }

  @Test
  void wordsAfterSearchedTermsUnchanged() {
    StringBuilder message = new StringBuilder();
    for (int i = 0; i < EducationSearch.MAX_QUERY_TERMS; i++) {
      message.append(lettersOf(i)).append(' ');
    }
    message.append("rabbies");

    assertEquals(message.toString(), spelling.correct(message.toString()));
  }

  /**
   * A word the index contains, a word with another first letter than the focus word, a stem under
   * five letters, and a word far from every focus word.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "What are the symptoms of rabies?",
        "Is ruberculosis curable?",
        "Is rabbs deadly?",
        "My zqxwvy hurts"
      })
  void wordsOutsideCorrectionUnchanged(String question) {
    assertEquals(question, spelling.correct(question));
  }

  /** Returns a distinct word of letters only for each number, such as "wb" for 1. */
  private static String lettersOf(int number) {
    StringBuilder word = new StringBuilder("w");
    int rest = number;
    do {
      word.append((char) ('a' + rest % 26));
      rest /= 26;
    } while (rest > 0);
    return word.toString();
  }
}

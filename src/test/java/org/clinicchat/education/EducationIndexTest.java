package org.clinicchat.education;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.clinicchat.testing.MedicalData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing the CDC slice of MedQuAD into a Lucene index, and searching it. */
class EducationIndexTest {

  private static final String CDC_SLICE = "medquad/9_CDC_QA";

  @TempDir Path index;

  @Test
  void importCountsFilesAndAnswers() throws IOException {
    List<EducationIndex.ImportSummary> progress = new ArrayList<>();

    EducationIndex.ImportSummary summary =
        EducationIndex.rebuild(MedicalData.resolve(CDC_SLICE), index, progress::add);

    assertEquals(59, summary.files());
    assertTrue(summary.answers() > 100, summary.answers() + " answers");
    assertEquals(summary, progress.get(progress.size() - 1));
    try (EducationSearch search = EducationSearch.open(index)) {
      assertEquals(summary.answers(), search.size());
    }
  }

  @Test
  void reimportReplacesInsteadOfAdding() throws IOException {
    Path medquad = MedicalData.resolve(CDC_SLICE);
    EducationIndex.ImportSummary first = EducationIndex.rebuild(medquad, index, p -> {});

    try (EducationSearch search = EducationSearch.open(index)) {
      EducationIndex.rebuild(medquad, index, p -> {});
      search.refresh();

      assertEquals(first.answers(), search.size());
    }
  }

  @Test
  void symptomQuestionFindsSymptomAnswerFirst() throws IOException {
    EducationIndex.rebuild(MedicalData.resolve(CDC_SLICE), index, p -> {});

    try (EducationSearch search = EducationSearch.open(index)) {
      List<EducationHit> hits = search.search("What are the symptoms of rabies?", 10);

      assertEquals("CDC_0000342_Sec2.txt", hits.get(0).answer().answerId());
      assertTrue(hits.get(0).focusNamed());
      assertTrue(hits.size() <= 10);
    }
  }

  @Test
  void misspelledFocusStillFound() throws IOException {
    EducationIndex.rebuild(MedicalData.resolve(CDC_SLICE), index, p -> {});

    try (EducationSearch search = EducationSearch.open(index)) {
      List<EducationHit> hits = search.search("What are the symptoms of rabbies?", 10);

      assertEquals("CDC_0000342_Sec2.txt", hits.get(0).answer().answerId());
      assertTrue(hits.get(0).focusNamed());
    }
  }

  @Test
  void focusOfSharedConceptCountsAsNamed(@TempDir Path medquad) throws IOException {
    for (String file :
        List.of(
            "medquad/7_SeniorHealth_QA/0000018.xml",
            "medquad/4_MPlus_Health_Topics_QA/0000304.xml")) {
      Files.copy(MedicalData.resolve(file), medquad.resolve(file.replace('/', '-')));
    }
    EducationIndex.rebuild(medquad, index, p -> {});

    try (EducationSearch search = EducationSearch.open(index)) {
      List<EducationHit> dryMouth =
          search.search("Is xerostomia caused by my pills?", 50).stream()
              .filter(hit -> hit.answer().focus().equals("Dry Mouth"))
              .toList();

      assertFalse(dryMouth.isEmpty());
      assertTrue(dryMouth.stream().allMatch(EducationHit::focusNamed), dryMouth.toString());
    }
  }

  @Test
  void definedAbbreviationNamesFocus(@TempDir Path medquad) throws IOException {
    String file = "medquad/6_NINDS_QA/0000155.xml";
    Files.copy(MedicalData.resolve(file), medquad.resolve(file.replace('/', '-')));
    EducationIndex.rebuild(medquad, index, p -> {});

    try (EducationSearch search = EducationSearch.open(index)) {
      List<EducationHit> hits = search.search("Is there an exercise class for NPH?", 1);

      assertTrue(hits.get(0).focusNamed(), hits.toString());
    }
  }

  @Test
  void longMessageOfRealWordsSearched() throws IOException {
    EducationIndex.rebuild(MedicalData.resolve(CDC_SLICE), index, p -> {});
    StringBuilder message = new StringBuilder();
    for (EducationAnswer answer :
        MedQuadReader.read(MedicalData.resolve(CDC_SLICE + "/0000342.xml"))) {
      message.append(answer.text()).append(' ');
    }

    try (EducationSearch search = EducationSearch.open(index)) {
      assertFalse(search.search(message.toString(), 10).isEmpty());
    }
  }

  @Test
  void questionWithoutIndexedWordsFindsNothing() throws IOException {
    EducationIndex.rebuild(MedicalData.resolve(CDC_SLICE), index, p -> {});

    try (EducationSearch search = EducationSearch.open(index)) {
      assertEquals(List.of(), search.search("?!", 10));
      assertEquals(List.of(), search.search("the and of", 10));
    }
  }

  @Test
  void longMessageStaysUnderClauseLimit() throws IOException {
    EducationIndex.rebuild(MedicalData.resolve(CDC_SLICE), index, p -> {});
    StringBuilder message = new StringBuilder();
    for (int i = 0; i < 1500; i++) {
      message.append("word").append(i).append(' ');
    }

    try (EducationSearch search = EducationSearch.open(index)) {
      assertEquals(List.of(), search.search(message + " rabies", 10));
    }
  }

  @Test
  void missingMedQuadFolderRejected(@TempDir Path empty) {
    Path missing = empty.resolve("missing");

    IOException error =
        assertThrows(IOException.class, () -> EducationIndex.rebuild(missing, index, p -> {}));

    assertEquals("MedQuAD folder not found: " + missing, error.getMessage());
  }

  @Test
  void openWithoutIndexRejected() throws IOException {
    assertFalse(EducationSearch.exists(index));

    IOException error = assertThrows(IOException.class, () -> EducationSearch.open(index));

    assertEquals("No education index in " + index + ": run the importer first", error.getMessage());
  }

  @Test
  void conceptNamedBySynonymOfAnotherSource() throws IOException {
    List<EducationHit> candidates = new ArrayList<>();
    for (String file :
        List.of(
            "medquad/7_SeniorHealth_QA/0000018.xml",
            "medquad/4_MPlus_Health_Topics_QA/0000304.xml")) {
      for (EducationAnswer answer : MedQuadReader.read(MedicalData.resolve(file))) {
        candidates.add(new EducationHit(answer, 1.0f, false));
      }
    }
    EducationAnswer seniorHealth = candidates.get(0).answer();

    Set<String> concepts =
        EducationSearch.namedConcepts(
            candidates,
            FocusNames.Question.of("Is xerostomia caused by my pills?"),
            FocusQualifiers.none());

    assertEquals("Dry Mouth", seniorHealth.focus());
    assertEquals(List.of(), seniorHealth.synonyms());
    assertEquals(Set.of("C0043352"), concepts);
  }

  @Test
  void focusAliasesIncludeSegmentsAndParentheses() {
    assertEquals(
        List.of("Parasites - Enterobiasis", "Enterobiasis", "Pinworm Infection"),
        FocusNames.aliases(
            "Parasites - Enterobiasis (also known as Pinworm Infection)", FocusQualifiers.none()));
  }

  @Test
  void importKeepsQualifiersOfFocusNames() throws IOException {
    EducationIndex.rebuild(MedicalData.resolve(CDC_SLICE), index, p -> {});

    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      assertTrue(EducationIndex.qualifiers(reader).isQualifier("Parasites"));
    }
  }

  @Test
  void categoryOfFocusNameMatchesNoFocusField() throws IOException {
    EducationIndex.rebuild(MedicalData.resolve(CDC_SLICE), index, p -> {});

    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      assertEquals(0, reader.docFreq(new Term(EducationIndex.FIELD_FOCUS, "parasit")));
    }
  }
}

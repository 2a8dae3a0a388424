package org.clinicchat.education;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clinicchat.testing.MedicalData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading real MedQuAD documents, and rejecting hostile XML. */
class MedQuadReaderTest {

  @Test
  void cdcDocumentPairsRead() throws IOException {
    List<EducationAnswer> answers =
        MedQuadReader.read(MedicalData.resolve("medquad/9_CDC_QA/0000342.xml"));

    assertEquals(3, answers.size());
    EducationAnswer first = answers.get(0);
    assertEquals("CDC_0000342_Sec2.txt", first.answerId());
    assertEquals("Rabies", first.focus());
    assertEquals("symptoms", first.questionType());
    assertEquals("http://www.cdc.gov/rabies/", first.url());
    // The document's only <CUI> element is empty, and an empty identifier would link it to others.
    assertEquals(List.of(), first.conceptIds());
    assertFalse(first.text().isBlank());
  }

  @Test
  void herbsSourceAbbreviatedInAnswerId() throws IOException {
    List<EducationAnswer> answers =
        MedQuadReader.read(MedicalData.resolve("medquad/12_MPlusHerbsSupplements_QA/0000001.xml"));

    assertEquals(1, answers.size());
    assertTrue(answers.get(0).answerId().startsWith("MPlusHerbsSuppls_0000001_Sec"));
  }

  @Test
  void pairsWithoutAnswerTextSkipped() throws IOException {
    List<EducationAnswer> answers =
        MedQuadReader.read(MedicalData.resolve("medquad/10_MPlus_ADAM_QA/0000001.xml"));

    assertEquals(List.of(), answers);
  }

  @Test
  void focusSynonymsRead() throws IOException {
    Path file = MedicalData.resolve("medquad/10_MPlus_ADAM_QA/0000011.xml");

    List<EducationAnswer> answers = MedQuadReader.read(file);

    assertFalse(answers.isEmpty());
    assertEquals(
        Files.readString(file).split("<Synonym>", -1).length - 1, answers.get(0).synonyms().size());
  }

  @Test
  void externalEntityRejected(@TempDir Path folder) throws IOException {
    Path secret = Files.writeString(folder.resolve("secret.txt"), "SECRET");
    Path hostile = folder.resolve("hostile.xml");
    Files.writeString(
        hostile,
        "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \""
            + secret.toUri()
            + "\">]><Document id=\"1\" source=\"CDC\" url=\"u\"><QAPairs><QAPair pid=\"1\">"
            + "<Question qtype=\"information\">q</Question><Answer>&x;</Answer></QAPair></QAPairs>"
            + "</Document>",
        StandardCharsets.UTF_8);

    IOException error = assertThrows(IOException.class, () -> MedQuadReader.read(hostile));

    assertTrue(error.getMessage().startsWith("Invalid MedQuAD XML in " + hostile));
  }
}

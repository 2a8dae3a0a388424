package org.clinicchat.education;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.clinicchat.testing.MedicalData;
import org.junit.jupiter.api.Test;

/** Abbreviations that MedQuAD documents define for their focus, and those a question writes. */
class FocusAbbreviationsTest {

  /** NINDS's page on normal pressure hydrocephalus, which writes "(NPH)" in its first answer. */
  private static final String NPH_DOCUMENT = "medquad/6_NINDS_QA/0000155.xml";

  @Test
  void initialsOfFocusWords() {
    assertEquals("NPH", FocusAbbreviations.initials("Normal Pressure Hydrocephalus"));
  }

  @Test
  void initialsSkipSmallWords() {
    assertEquals("ACC", FocusAbbreviations.initials("Agenesis of the Corpus Callosum"));
  }

  @Test
  void initialsSplitHyphenatedNames() {
    assertEquals("MJD", FocusAbbreviations.initials("Machado-Joseph Disease"));
  }

  @Test
  void initialsSkipParentheses() {
    assertEquals("BRE", FocusAbbreviations.initials("Benign rolandic epilepsy (BRE)"));
  }

  @Test
  void documentDefinesAbbreviationInParentheses() throws IOException {
    List<EducationAnswer> document = MedQuadReader.read(MedicalData.resolve(NPH_DOCUMENT));
    FocusAbbreviations abbreviations = new FocusAbbreviations();
    abbreviations.survey(document);

    assertEquals(List.of("NPH"), abbreviations.of(document));
  }

  @Test
  void initialsNotInParenthesesAreNoAbbreviation() {
    List<EducationAnswer> document =
        List.of(answer("Deep vein thrombosis", "A deep vein thrombosis, or DVT, is a clot."));
    FocusAbbreviations abbreviations = new FocusAbbreviations();
    abbreviations.survey(document);

    assertEquals(List.of(), abbreviations.of(document));
  }

  @Test
  void ordinaryLowercaseWordIsNoAbbreviation() {
    List<EducationAnswer> leukemia =
        List.of(
            answer(
                "Acute lymphoblastic leukemia",
                "Acute lymphoblastic leukemia (ALL) is a cancer of the blood."));
    FocusAbbreviations abbreviations = new FocusAbbreviations();
    abbreviations.survey(leukemia);
    for (int i = 0; i <= FocusAbbreviations.MAX_LOWERCASE_ANSWERS; i++) {
      abbreviations.survey(List.of(answer("Colds", "Wash all dishes and all towels.")));
    }

    assertEquals(List.of(), abbreviations.of(leukemia));
  }

  @Test
  void capitalizedWordIsWrittenAbbreviation() {
    assertEquals(Set.of("NPH"), FocusAbbreviations.written("I have Nph."));
  }

  @Test
  void lowercaseWordIsNoWrittenAbbreviation() {
    assertEquals(Set.of(), FocusAbbreviations.written("can i take my med with food"));
  }

  @Test
  void longerCapitalizedWordIsNoWrittenAbbreviation() {
    assertEquals(Set.of(), FocusAbbreviations.written("Hydrocephalus"));
  }

  private static EducationAnswer answer(String focus, String text) {
    return new EducationAnswer(
        "ADAM_0000001_Sec1.txt",
        "ADAM",
        "https://medlineplus.gov/",
        focus,
        List.of(),
        List.of(),
        "What is (are) " + focus + " ?",
        "information",
        text,
        List.of());
  }
}

package org.clinicchat.education;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding the qualifier parts of MedQuAD focus names, and leaving them out of names. */
class FocusQualifiersTest {

  private static final List<String> NAMES =
      List.of(
          "Heart attack - discharge",
          "Stroke - discharge",
          "Pneumonia in adults - discharge",
          "Heart failure - what to ask your doctor",
          "Heart failure - discharge",
          "Heart failure",
          "Asthma - children",
          "Asthma - adults",
          "Asthma",
          "Shingles vaccine - what you need to know");

  private final FocusQualifiers qualifiers = FocusQualifiers.find(NAMES);

  @Test
  void partOfThreeNamesIsQualifier() {
    assertTrue(qualifiers.isQualifier("discharge"));
  }

  @Test
  void qualifierMatchesWhateverItsCase() {
    assertTrue(qualifiers.isQualifier("Discharge"));
  }

  @Test
  void partOfTwoNamesIsNoQualifier() {
    assertFalse(qualifiers.isQualifier("what to ask your doctor"));
  }

  @Test
  void standaloneFocusIsNoQualifier() {
    assertFalse(qualifiers.isQualifier("heart failure"));
  }

  @Test
  void subjectLeavesQualifierOut() {
    assertEquals("Heart attack", qualifiers.subject("Heart attack - discharge"));
  }

  @Test
  void subjectOfNameWithoutQualifierIsWholeName() {
    assertEquals(
        "Shingles vaccine - what you need to know",
        qualifiers.subject("Shingles vaccine - what you need to know"));
  }

  @Test
  void nameOfQualifiersOnlyIsKeptWhole() {
    FocusQualifiers both = FocusQualifiers.fromText("discharge\naftercare");

    assertEquals("Discharge - aftercare", both.subject("Discharge - aftercare"));
  }

  @Test
  void textRoundTripKeepsQualifiers() {
    FocusQualifiers read = FocusQualifiers.fromText(qualifiers.toText());

    assertTrue(read.isQualifier("discharge"));
  }

  @Test
  void qualifierIsNoAliasOfFocus() {
    assertEquals(
        List.of("Heart attack - discharge"),
        FocusNames.aliases("Heart attack - discharge", qualifiers));
  }

  @Test
  void qualifierInQuestionNamesNoFocus() {
    EducationAnswer answer =
        new EducationAnswer(
            "ADAM_0000001_Sec1.txt",
            "MedlinePlus",
            "https://medlineplus.gov/",
            "Heart attack - discharge",
            List.of(),
            List.of(),
            "What is (are) Heart attack - discharge ?",
            "information",
            "You were in the hospital because you had a heart attack.",
            List.of());

    assertFalse(
        FocusNames.named(
            answer, FocusNames.Question.of("What does this discharge mean?"), qualifiers));
  }
}

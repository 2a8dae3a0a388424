package org.clinicchat.education;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Matching MedQuAD focus names and synonyms against a patient's question. */
class FocusNamesTest {

  @Test
  void capitalizedLastPartIsAlias() {
    assertEquals(
        List.of("Meningitis - H. influenzae", "H. influenzae"),
        FocusNames.aliases("Meningitis - H. influenzae", FocusQualifiers.none()));
  }

  @Test
  void lowercaseLastPartIsNoAlias() {
    assertEquals(
        List.of("Drowning - near"), FocusNames.aliases("Drowning - near", FocusQualifiers.none()));
  }

  @Test
  void synonymModifierNamesNoFocus() {
    assertFalse(
        FocusNames.named(
            nearDrowning(),
            FocusNames.Question.of("Can a shock cause swallowing problems in the near future?"),
            FocusQualifiers.none()));
  }

  @Test
  void wholeInvertedSynonymNamesFocus() {
    assertTrue(
        FocusNames.named(
            nearDrowning(),
            FocusNames.Question.of("My son was pulled from the pool: drowning - near, they said"),
            FocusQualifiers.none()));
  }

  @Test
  void focusNameInQuestionNamesFocus() {
    assertTrue(
        FocusNames.named(
            nearDrowning(),
            FocusNames.Question.of("What happens to the lungs after near drowning?"),
            FocusQualifiers.none()));
  }

  private static EducationAnswer nearDrowning() {
    return new EducationAnswer(
        "ADAM_0002751_Sec1.txt",
        "ADAM",
        "https://medlineplus.gov/ency/article/000046.htm",
        "Near drowning",
        List.of(),
        List.of("Drowning - near"),
        "What is (are) Near drowning ?",
        "information",
        "Near drowning means a person almost died from not being able to breathe under water.",
        List.of());
  }
}

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

  @Test
  void otherIllnessWordNamesFocus() {
    assertTrue(
        FocusNames.named(
            autoimmuneDisorders(),
            FocusNames.Question.of("What doctor treats autoimmune illness?"),
            FocusQualifiers.none()));
  }

  @Test
  void pluralIllnessWordNamesFocus() {
    assertTrue(
        FocusNames.named(
            autoimmuneDisorders(),
            FocusNames.Question.of("Do autoimmune problems run in families?"),
            FocusQualifiers.none()));
  }

  @Test
  void illnessWordAloneNamesNoFocus() {
    assertFalse(
        FocusNames.named(
            autoimmuneDisorders(),
            FocusNames.Question.of("Is my illness serious?"),
            FocusQualifiers.none()));
  }

  @Test
  void illnessWordAloneHasNoVariants() {
    assertEquals(List.of(" disease "), FocusNames.illnessVariants(" disease "));
  }

  @Test
  void nameWithoutIllnessWordHasNoVariants() {
    assertEquals(List.of(" near drowning "), FocusNames.illnessVariants(" near drowning "));
  }

  private static EducationAnswer autoimmuneDisorders() {
    return new EducationAnswer(
        "ADAM_0000365_Sec1.txt",
        "ADAM",
        "https://www.nlm.nih.gov/medlineplus/ency/article/000816.htm",
        "Autoimmune disorders",
        List.of("C0004364"),
        List.of(),
        "What is (are) Autoimmune disorders ?",
        "information",
        "An autoimmune disorder occurs when the body's immune system attacks and destroys healthy"
            + " body tissue by mistake.",
        List.of());
  }

  private static EducationAnswer nearDrowning() {
    return new EducationAnswer(
        "ADAM_0002751_Sec3.txt",
        "ADAM",
        "https://www.nlm.nih.gov/medlineplus/ency/article/000046.htm",
        "Near drowning",
        List.of(),
        List.of("Drowning - near"),
        "What causes Near drowning ?",
        "causes",
        "- Attempted suicide  - Blows to the head or seizures while in the water",
        List.of());
  }
}

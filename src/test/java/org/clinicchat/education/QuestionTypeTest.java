package org.clinicchat.education;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Question types detected from the wording of patients' questions. */
class QuestionTypeTest {

  @Test
  void generalQuestionIsInformation() {
    assertEquals(Set.of("information"), QuestionType.detect("What is celiac disease?"));
  }

  @Test
  void symptomsQuestionIsNotInformation() {
    assertEquals(
        Set.of("symptoms"), QuestionType.detect("What are the symptoms of celiac disease?"));
  }

  @Test
  void inheritanceCueGivesBothGeneticTypes() {
    assertEquals(
        Set.of("inheritance", "genetic changes"),
        QuestionType.detect("Is dementia passed down in families?"));
  }

  @Test
  void severalTypesKeepCueOrder() {
    assertEquals(
        List.of("causes", "treatment"),
        List.copyOf(QuestionType.detect("What causes shingles and how is it treated?")));
  }

  @Test
  void healthIsNotTreatmentCue() {
    assertEquals(Set.of(), QuestionType.detect("General health: how do you catch hepatitis?"));
  }

  @Test
  void healingIsTreatmentCue() {
    assertEquals(Set.of("treatment"), QuestionType.detect("Is my burn healing well?"));
  }

  @Test
  void tellMeAboutIsInformation() {
    assertEquals(Set.of("information"), QuestionType.detect("Tell me about shingles"));
  }

  @Test
  void aboutAnAmountIsNoCue() {
    assertEquals(Set.of(), QuestionType.detect("I stop it for about 2 days"));
  }

  @Test
  void noCueGivesNoType() {
    assertEquals(Set.of(), QuestionType.detect("Shingles at work"));
  }
}

package org.clinicchat.education;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Ranking of a document's answers to a question that it contains twice: the fuller first. */
class FullerAnswersFirstTest {

  private static final String PREVENT = "How to prevent Shingles ?";

  private final EducationHit followUp = hit("NIHSeniorHealth_0000062_Sec25.txt", PREVENT, 10, 0.9f);
  private final EducationHit full = hit("NIHSeniorHealth_0000062_Sec3.txt", PREVENT, 900, 0.8f);
  private final EducationHit other = hit("ADAM_0003556_Sec9.txt", PREVENT, 500, 0.85f);

  @Test
  void longerAnswerToSameQuestionComesFirst() {
    List<EducationHit> ranked = EducationSearch.fullerAnswersFirst(List.of(followUp, full));

    assertEquals(full, ranked.get(0));
  }

  @Test
  void sameQuestionSharesBestScore() {
    List<EducationHit> ranked = EducationSearch.fullerAnswersFirst(List.of(followUp, other, full));

    assertEquals(List.of(full, followUp, other), ranked);
  }

  @Test
  void sameQuestionOfAnotherDocumentKeepsItsScore() {
    EducationHit lower = hit("ADAM_0003556_Sec9.txt", PREVENT, 5000, 0.7f);

    List<EducationHit> ranked = EducationSearch.fullerAnswersFirst(List.of(lower, followUp));

    assertEquals(List.of(followUp, lower), ranked);
  }

  private static EducationHit hit(String answerId, String question, int length, float score) {
    EducationAnswer answer =
        new EducationAnswer(
            answerId,
            "NIHSeniorHealth",
            "https://nihseniorhealth.gov/",
            "Shingles",
            List.of(),
            List.of(),
            question,
            "prevention",
            "a".repeat(length),
            List.of());
    return new EducationHit(answer, score, true);
  }
}

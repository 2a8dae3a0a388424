package org.clinicchat.education;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The LiveQA scores on small runs whose values were computed by hand. */
class RetrievalMetricsTest {

  private static final double DELTA = 1e-9;

  @Test
  void handComputedScores() {
    Map<Integer, Map<String, Integer>> judgments =
        Map.of(
            1, Map.of("A", 3, "B", 2, "C", 1, "D", 0),
            2, Map.of("E", 3),
            3, Map.of("F", 1));
    Map<Integer, List<String>> run =
        Map.of(
            1, List.of("C", "A", "X", "B"),
            2, List.of("E"),
            3, List.of("F"));

    RetrievalMetrics metrics = RetrievalMetrics.score(List.of(1, 2, 3, 4), run, judgments);

    // First answers: C Related 1, E Excellent 3, F Related 1, nothing 0: 5 / 4.
    assertEquals(1.25, metrics.avgScore(), DELTA);
    // Question 1: relevant at ranks 2 and 4 of 2 relevant, (1/2 + 2/4) / 2 = 0.5; question 2: 1.
    assertEquals((0.5 + 1.0) / 4, metrics.map10(), DELTA);
    // First relevant at rank 2, then rank 1, then none twice.
    assertEquals((0.5 + 1.0) / 4, metrics.mrr10(), DELTA);
    assertEquals(4, metrics.questions());
  }

  @Test
  void relevantAnswerAfterRankTenIgnored() {
    List<String> ranked = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      ranked.add("unjudged" + i);
    }
    ranked.add("R");

    RetrievalMetrics metrics =
        RetrievalMetrics.score(List.of(1), Map.of(1, ranked), Map.of(1, Map.of("R", 3)));

    assertEquals(0.0, metrics.avgScore(), DELTA);
    assertEquals(0.0, metrics.map10(), DELTA);
    assertEquals(0.0, metrics.mrr10(), DELTA);
  }

  @Test
  void noQuestionsScoreZero() {
    RetrievalMetrics metrics = RetrievalMetrics.score(List.of(), Map.of(), Map.of());

    assertEquals(new RetrievalMetrics(0, 0, 0, 0), metrics);
  }
}

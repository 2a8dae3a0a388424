package org.clinicchat.education;

import java.util.List;
import java.util.Map;

/**
 * The LiveQA medical scores of a run over a set of questions. An answer that was not judged counts
 * as incorrect. Every question of the questions file counts, including one without any relevant
 * judged answer, which scores 0.
 *
 * @param avgScore mean grade of the first answer: Incorrect 0, Related 1, Incomplete 2, Excellent 3
 * @param map10 mean average precision over the first 10 answers, where an answer is relevant when
 *     judged Incomplete or Excellent; each question's precision sum is divided by its number of
 *     relevant judged answers
 * @param mrr10 mean reciprocal rank of the first relevant answer among the first 10
 * @param questions the number of questions averaged over
 */
public record RetrievalMetrics(double avgScore, double map10, double mrr10, int questions) {

  static final int CUTOFF = 10;
  private static final int RELEVANT_GRADE = 2;

  /**
   * Scores ranked answer ids per question number against the judgments.
   *
   * @param questionNumbers every question that counts, in any order
   * @param run answer ids per question number, best first; a missing question returned nothing
   * @param judgments grade per answer id per question number
   */
  static RetrievalMetrics score(
      List<Integer> questionNumbers,
      Map<Integer, List<String>> run,
      Map<Integer, Map<String, Integer>> judgments) {
    double firstGrades = 0;
    double averagePrecisions = 0;
    double reciprocalRanks = 0;
    for (int number : questionNumbers) {
      List<String> ranked = run.getOrDefault(number, List.of());
      Map<String, Integer> grades = judgments.getOrDefault(number, Map.of());
      if (!ranked.isEmpty()) {
        firstGrades += grades.getOrDefault(ranked.get(0), 0);
      }
      long relevantJudged = grades.values().stream().filter(g -> g >= RELEVANT_GRADE).count();
      double precisionSum = 0;
      int relevantSeen = 0;
      double reciprocalRank = 0;
      for (int rank = 1; rank <= Math.min(CUTOFF, ranked.size()); rank++) {
        if (grades.getOrDefault(ranked.get(rank - 1), 0) >= RELEVANT_GRADE) {
          relevantSeen++;
          precisionSum += (double) relevantSeen / rank;
          if (reciprocalRank == 0) {
            reciprocalRank = 1.0 / rank;
          }
        }
      }
      averagePrecisions += relevantJudged == 0 ? 0 : precisionSum / relevantJudged;
      reciprocalRanks += reciprocalRank;
    }
    int count = questionNumbers.size();
    if (count == 0) {
      return new RetrievalMetrics(0, 0, 0, 0);
    }
    return new RetrievalMetrics(
        firstGrades / count, averagePrecisions / count, reciprocalRanks / count, count);
  }
}

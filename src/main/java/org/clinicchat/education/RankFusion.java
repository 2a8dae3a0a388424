package org.clinicchat.education;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.ScoreDoc;

/**
 * Reciprocal rank fusion (Cormack, Clarke and Büttcher, SIGIR 2009). A document's fused score is
 * the sum of {@code 1 / (K + rank)} over the rankings that contain it, with ranks from 1. Only
 * ranks count, so rankings whose scores have different scales combine without normalization.
 */
final class RankFusion {

  /** The paper's constant, also the usual default of RRF libraries. It was not tuned on LiveQA. */
  static final int K = 60;

  private RankFusion() {}

  /** Returns up to {@code max} documents of the rankings, highest fused score first. */
  static ScoreDoc[] fuse(List<ScoreDoc[]> rankings, int max) {
    Map<Integer, Float> fused = new HashMap<>();
    for (ScoreDoc[] ranking : rankings) {
      for (int index = 0; index < ranking.length; index++) {
        fused.merge(ranking[index].doc, 1.0f / (K + index + 1), Float::sum);
      }
    }
    return fused.entrySet().stream()
        .sorted(
            Map.Entry.<Integer, Float>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(max)
        .map(entry -> new ScoreDoc(entry.getKey(), entry.getValue()))
        .toArray(ScoreDoc[]::new);
  }
}

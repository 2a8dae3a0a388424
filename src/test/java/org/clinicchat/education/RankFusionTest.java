package org.clinicchat.education;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;

/** Reciprocal rank fusion of Lucene rankings. */
class RankFusionTest {

  @Test
  void documentInBothRankingsFirst() {
    ScoreDoc[] fused = RankFusion.fuse(List.of(ranking(1, 2), ranking(3, 2)), 10);

    assertArrayEquals(new int[] {2, 1, 3}, docs(fused));
  }

  @Test
  void scoreSumsReciprocalRanks() {
    ScoreDoc[] fused = RankFusion.fuse(List.of(ranking(7, 8), ranking(8)), 10);

    assertEquals(1.0f / 62 + 1.0f / 61, fused[0].score, 1e-6f);
    assertEquals(1.0f / 61, fused[1].score, 1e-6f);
  }

  @Test
  void scoresOfRankingsIgnored() {
    ScoreDoc[] high = {new ScoreDoc(1, 1000f), new ScoreDoc(2, 999f)};
    ScoreDoc[] low = {new ScoreDoc(2, 0.2f), new ScoreDoc(1, 0.1f)};

    ScoreDoc[] fused = RankFusion.fuse(List.of(high, low), 10);

    assertEquals(fused[0].score, fused[1].score);
  }

  @Test
  void equalScoresOrderedByDocument() {
    ScoreDoc[] fused = RankFusion.fuse(List.of(ranking(5), ranking(4)), 10);

    assertArrayEquals(new int[] {4, 5}, docs(fused));
  }

  @Test
  void resultCutAtMax() {
    ScoreDoc[] fused = RankFusion.fuse(List.<ScoreDoc[]>of(ranking(1, 2, 3, 4)), 2);

    assertArrayEquals(new int[] {1, 2}, docs(fused));
  }

  @Test
  void noRankingsFuseToNothing() {
    assertEquals(0, RankFusion.fuse(List.of(), 10).length);
  }

  private static ScoreDoc[] ranking(int... docs) {
    return Arrays.stream(docs).mapToObj(doc -> new ScoreDoc(doc, 1f)).toArray(ScoreDoc[]::new);
  }

  private static int[] docs(ScoreDoc[] scoreDocs) {
    return Arrays.stream(scoreDocs).mapToInt(scoreDoc -> scoreDoc.doc).toArray();
  }
}

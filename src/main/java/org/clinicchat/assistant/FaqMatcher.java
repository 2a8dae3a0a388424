package org.clinicchat.assistant;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the FAQ entry a question asks for. Each entry scores two points for every one of its
 * phrases found whole in the question and one point for every single-word phrase found among the
 * question's words; the highest score wins and a score of zero matches nothing. A question that
 * contains a member of a synonym group counts as containing every member of the group.
 *
 * <p>When no phrase occurs as written, the same scoring runs on Lucene-analyzed terms through a
 * {@link FaqIndex}, which finds phrases in inflected form ("billed", "abiertas").
 */
public final class FaqMatcher {

  private final List<FaqEntry> entries;
  private final List<List<String>> synonyms;
  private final FaqIndex index;

  public FaqMatcher(List<FaqEntry> entries) {
    this(entries, List.of());
  }

  /** Creates a matcher whose questions are expanded with the synonym groups. */
  public FaqMatcher(List<FaqEntry> entries, List<List<String>> synonyms) {
    this.entries = List.copyOf(entries);
    this.synonyms =
        synonyms.stream()
            .map(
                group ->
                    group.stream().map(FaqMatcher::normalize).filter(s -> !s.isEmpty()).toList())
            .toList();
    this.index = FaqIndex.build(this.entries, this.synonyms);
  }

  /** An entry and its score for a question; a score of 2 or more means a whole phrase matched. */
  public record Match(FaqEntry entry, int score) {

    /** Returns whether more than one single word of the entry matched. */
    public boolean strong() {
      return score >= 2;
    }
  }

  /** Returns the best entry for the question, or empty when no phrase of any entry occurs. */
  public Optional<FaqEntry> match(String question) {
    return bestMatch(question).map(Match::entry);
  }

  /** Returns the best entry for the question with its score, or empty when nothing matches. */
  public Optional<Match> bestMatch(String question) {
    String normalizedQuestion = normalize(question);
    String normalized = withSynonyms(normalizedQuestion);
    Set<String> words = words(normalized);
    FaqEntry best = null;
    int bestScore = 0;
    for (FaqEntry entry : entries) {
      int score = score(entry, normalized, words);
      if (score > bestScore) {
        best = entry;
        bestScore = score;
      }
    }
    return best == null
        ? index.bestMatch(normalizedQuestion)
        : Optional.of(new Match(best, bestScore));
  }

  private static int score(FaqEntry entry, String normalized, Set<String> words) {
    int score = 0;
    for (String phrase : entry.allPhrases()) {
      String wanted = normalize(phrase);
      if (wanted.isEmpty()) {
        continue;
      }
      if (wanted.contains(" ")) {
        score += (" " + normalized + " ").contains(" " + wanted + " ") ? 2 : 0;
      } else {
        score += words.contains(wanted) ? 1 : 0;
      }
    }
    return score;
  }

  /** Appends every member of each synonym group that the question contains a member of. */
  private String withSynonyms(String normalized) {
    StringBuilder expanded = new StringBuilder(normalized);
    String padded = " " + normalized + " ";
    for (List<String> group : synonyms) {
      if (group.stream().anyMatch(member -> padded.contains(" " + member + " "))) {
        group.forEach(member -> expanded.append(' ').append(member));
      }
    }
    return expanded.toString();
  }

  /** Lowercases, strips accents and turns everything but letters and digits into single spaces. */
  static String normalize(String text) {
    String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}", "").replaceAll("[^\\p{L}\\p{Nd}]+", " ").trim();
  }

  private static Set<String> words(String normalized) {
    Set<String> words =
        Arrays.stream(normalized.split(" ")).filter(w -> !w.isEmpty()).collect(Collectors.toSet());
    Set<String> singular = new HashSet<>();
    for (String word : words) {
      if (word.length() > 3 && word.endsWith("s")) {
        singular.add(word.substring(0, word.length() - 1));
      }
    }
    words.addAll(singular);
    return words;
  }
}

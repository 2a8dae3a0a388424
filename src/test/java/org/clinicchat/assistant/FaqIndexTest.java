package org.clinicchat.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Lucene stage of the FAQ matcher against the clinic's real FAQ file: questions whose words are
 * inflected forms of the phrases, which the exact phrase matcher misses.
 */
class FaqIndexTest {

  private static FaqDocument clinicFaq;

  @BeforeAll
  static void loadClinicFaq() throws Exception {
    clinicFaq = ClinicFaqFile.read();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "I was billed twice                   | billing",
        "Which companies insure you?          | insurance",
        "I parked outside                     | parking",
        "¿Están abiertas hoy?                 | hours",
        "¿Están cerradas mañana?              | hours"
      })
  void inflectedPhraseFound(String question, String topic) {
    FaqIndex index = FaqIndex.build(clinicFaq.entries(), List.of());

    Optional<FaqMatcher.Match> match = index.bestMatch(FaqMatcher.normalize(question));

    assertEquals(Optional.of(topic), match.map(found -> found.entry().topic()));
  }

  @Test
  void matcherFallsBackToIndex() {
    FaqMatcher matcher = new FaqMatcher(clinicFaq.entries());

    Optional<FaqMatcher.Match> match = matcher.bestMatch("I was billed twice");

    assertEquals(Optional.of("billing"), match.map(found -> found.entry().topic()));
    assertEquals(Optional.of(1), match.map(FaqMatcher.Match::score));
  }

  @Test
  void stopWordsKeptInPhrases() {
    FaqIndex index = FaqIndex.build(clinicFaq.entries(), List.of());

    assertEquals(Optional.empty(), index.bestMatch(FaqMatcher.normalize("all")));
  }

  @Test
  void longMessageStillMatched() {
    FaqIndex index = FaqIndex.build(clinicFaq.entries(), List.of());
    StringBuilder message = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      message.append("word").append(i).append(' ');
    }

    Optional<FaqMatcher.Match> match = index.bestMatch(message + "I was billed twice");

    assertEquals(Optional.of("billing"), match.map(found -> found.entry().topic()));
  }

  @Test
  void unrelatedQuestionMatchesNothing() {
    FaqIndex index = FaqIndex.build(clinicFaq.entries(), List.of());

    assertEquals(
        Optional.empty(), index.bestMatch(FaqMatcher.normalize("What is the capital of France?")));
  }

  @Test
  void inflectedSynonymMatchesPhrase() {
    List<FaqEntry> entries =
        List.of(
            new FaqEntry(
                "blood-pressure",
                Map.of("en", List.of("blood pressure check")),
                Map.of("en", "Walk in.")));
    FaqMatcher matcher =
        new FaqMatcher(entries, List.of(List.of("bp check", "blood pressure check")));

    Optional<FaqMatcher.Match> match = matcher.bestMatch("Can I get two BP checks?");

    assertEquals(Optional.of("blood-pressure"), match.map(found -> found.entry().topic()));
    assertEquals(Optional.of(2), match.map(FaqMatcher.Match::score));
  }
}

package org.clinicchat.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The checks a FAQ passes before it is published, and its JSON form, on the shipped FAQ file. */
class FaqLibraryTest {

  private static final Map<String, String> FALLBACK = Map.of("en", "Call us.");

  @Test
  void shippedFaqSurvivesJsonRoundTrip() throws Exception {
    Path file = Path.of(System.getProperty("basedir", "."), "server-config", "clinic-faq.json");
    FaqDocument shipped = FaqLibrary.fromJson(Files.readString(file, StandardCharsets.UTF_8));

    assertEquals(shipped, FaqLibrary.fromJson(FaqLibrary.toJson(shipped)));
  }

  @Test
  void topicWithoutEnglishAnswerRejected() {
    FaqDocument document = new FaqDocument(List.of(entry("hours", "hours", "")), FALLBACK, null);

    InvalidFaqException e =
        assertThrows(InvalidFaqException.class, () -> FaqLibrary.check(document));

    assertEquals(
        "Topic 'hours' needs a name, at least one phrase and an English answer.", e.getMessage());
  }

  @Test
  void topicWithoutPhrasesRejected() {
    FaqEntry entry = new FaqEntry("hours", Map.of("en", List.of()), Map.of("en", "8 to 6."));

    assertThrows(
        InvalidFaqException.class,
        () -> FaqLibrary.check(new FaqDocument(List.of(entry), FALLBACK, null)));
  }

  @Test
  void duplicateTopicRejected() {
    FaqDocument document =
        new FaqDocument(
            List.of(entry("hours", "hours", "8 to 6."), entry("hours", "open", "8 to 6.")),
            FALLBACK,
            null);

    InvalidFaqException e =
        assertThrows(InvalidFaqException.class, () -> FaqLibrary.check(document));

    assertEquals("Topic 'hours' appears twice.", e.getMessage());
  }

  @Test
  void missingFallbackRejected() {
    FaqDocument document =
        new FaqDocument(List.of(entry("hours", "hours", "8 to 6.")), Map.of("en", " "), null);

    assertThrows(InvalidFaqException.class, () -> FaqLibrary.check(document));
  }

  @Test
  void invalidJsonRejected() {
    assertThrows(InvalidFaqException.class, () -> FaqLibrary.fromJson("{\"entries\": ["));
  }

  @Test
  void synonymMatchesPhraseOfTopic() {
    FaqMatcher matcher =
        new FaqMatcher(
            List.of(entry("blood-pressure", "blood pressure check", "Walk in.")),
            List.of(List.of("bp check", "blood pressure check")));

    assertEquals(
        Optional.of("blood-pressure"),
        matcher.match("Can I get a BP check today?").map(FaqEntry::topic));
  }

  @Test
  void synonymGroupWithoutMatchChangesNothing() {
    FaqMatcher matcher =
        new FaqMatcher(
            List.of(entry("blood-pressure", "blood pressure check", "Walk in.")),
            List.of(List.of("bp check", "blood pressure check")));

    assertEquals(Optional.empty(), matcher.match("What are your hours?"));
  }

  private static FaqEntry entry(String topic, String phrase, String answer) {
    return new FaqEntry(topic, Map.of("en", List.of(phrase)), Map.of("en", answer));
  }
}

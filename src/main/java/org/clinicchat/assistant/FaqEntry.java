package org.clinicchat.assistant;

import java.util.List;
import java.util.Map;
import org.clinicchat.safety.Language;

/**
 * One answer of the clinic's FAQ: a topic id, the phrases and words that ask for it, and the answer
 * text the clinic wrote, each keyed by ISO 639-1 language code ({@code en}, {@code es}).
 *
 * @param topic the intent the entry answers, such as {@code hours} or {@code handoff}
 * @param phrases per language, the phrases and single words that ask for the topic
 * @param answers per language, the answer; English is required and stands in for a missing one
 */
public record FaqEntry(
    String topic, Map<String, List<String>> phrases, Map<String, String> answers) {

  /** Returns the phrases of every language, because patients mix languages. */
  public List<String> allPhrases() {
    return phrases.values().stream().flatMap(List::stream).toList();
  }

  /** Returns the answer in the language, or the English answer when the clinic wrote none. */
  public String answer(Language language) {
    return answers.getOrDefault(language.code(), answers.get(Language.ENGLISH.code()));
  }

  /** Returns whether the entry has a topic, at least one phrase and an English answer. */
  boolean complete() {
    return topic != null
        && !topic.isBlank()
        && phrases != null
        && !allPhrases().isEmpty()
        && answers != null
        && answers.get(Language.ENGLISH.code()) != null
        && !answers.get(Language.ENGLISH.code()).isBlank();
  }
}

package org.clinicchat.assistant;

import java.util.List;
import java.util.Map;
import org.clinicchat.safety.Language;

/**
 * The clinic's FAQ: the entries, the fallback answer per language code that offers a person when no
 * entry matches, and groups of synonyms ("bp", "blood pressure") that match each other's phrases.
 *
 * @param synonyms groups of words or phrases that mean the same; {@code null} when there are none
 */
public record FaqDocument(
    List<FaqEntry> entries, Map<String, String> fallback, List<List<String>> synonyms) {

  /** Returns the fallback in the language, or the English one when the clinic wrote none. */
  public String fallback(Language language) {
    return fallback.getOrDefault(language.code(), fallback.get(Language.ENGLISH.code()));
  }

  /** Returns the synonym groups, empty when the document has none. */
  public List<List<String>> synonymGroups() {
    return synonyms == null ? List.of() : synonyms;
  }

  /** Returns whether every entry is complete and an English fallback exists. */
  public boolean complete() {
    return entries != null
        && !entries.isEmpty()
        && entries.stream().allMatch(FaqEntry::complete)
        && fallback != null
        && fallback.get(Language.ENGLISH.code()) != null
        && !fallback.get(Language.ENGLISH.code()).isBlank();
  }
}

package org.clinicchat.assistant;

import java.util.List;
import java.util.Map;
import org.clinicchat.safety.Language;

/**
 * The FAQ file as the clinic writes it: the entries, and the fallback answer per language code that
 * offers a person when no entry matches.
 */
public record FaqDocument(List<FaqEntry> entries, Map<String, String> fallback) {

  /** Returns the fallback in the language, or the English one when the clinic wrote none. */
  public String fallback(Language language) {
    return fallback.getOrDefault(language.code(), fallback.get(Language.ENGLISH.code()));
  }

  /** Returns whether every entry is complete and an English fallback exists. */
  boolean complete() {
    return entries != null
        && !entries.isEmpty()
        && entries.stream().allMatch(FaqEntry::complete)
        && fallback != null
        && fallback.get(Language.ENGLISH.code()) != null;
  }
}

package org.clinicchat.consent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clinicchat.safety.Language;

/**
 * A version of the consent notice as the privacy officer writes it: the version label, the English
 * title and sections, and a translation per language code. The same JSON shape is used by the
 * notice file that seeds the first version.
 */
public record NoticeDocument(
    String version, String title, List<Section> sections, Map<String, Translation> translations) {

  static final int MAX_VERSION_LENGTH = 40;

  /** The version labels a consent request accepts, see {@link ConsentRequest}. */
  static final String VERSION_PATTERN = "[A-Za-z0-9.-]{1," + MAX_VERSION_LENGTH + "}";

  /** One part of the notice, such as what is collected or how to revoke. */
  public record Section(String heading, String text) {}

  /** The notice in another language. */
  public record Translation(String title, List<Section> sections) {}

  /** The notice in one language, as shown to visitors. */
  public record Text(String version, String language, String title, List<Section> sections) {}

  /** Returns the notice in a language, or in English when it has no translation into it. */
  public Text text(Language language) {
    Translation translation =
        translations == null || language == null ? null : translations.get(language.code());
    if (translation == null) {
      return new Text(version, Language.ENGLISH.code(), title, sections);
    }
    return new Text(version, language.code(), translation.title(), translation.sections());
  }

  /** Returns what is missing or invalid, in words for the privacy officer; empty when valid. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (version == null || !version.matches(VERSION_PATTERN)) {
      problems.add(
          "Give a version label of 1 to "
              + MAX_VERSION_LENGTH
              + " letters, digits, dots or hyphens, for example 2027-01-15.");
    }
    checkLanguage("English", title, sections, problems);
    if (translations != null) {
      translations.forEach(
          (code, translation) ->
              checkLanguage(
                  "The " + code + " translation",
                  translation == null ? null : translation.title(),
                  translation == null ? null : translation.sections(),
                  problems));
    }
    return problems;
  }

  private static void checkLanguage(
      String name, String title, List<Section> sections, List<String> problems) {
    if (isBlank(title)) {
      problems.add(name + ": the title is missing.");
    }
    if (sections == null || sections.isEmpty()) {
      problems.add(name + ": add at least one section.");
      return;
    }
    for (int i = 0; i < sections.size(); i++) {
      Section section = sections.get(i);
      if (section == null || isBlank(section.heading()) || isBlank(section.text())) {
        problems.add(name + ": section " + (i + 1) + " needs a heading and a text.");
      }
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}

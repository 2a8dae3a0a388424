package org.clinicchat.safety;

import java.util.Locale;
import java.util.Optional;

/** A language the assistant answers in, with its ISO 639-1 code. */
public enum Language {
  ENGLISH("en"),
  SPANISH("es");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  /** Returns the ISO 639-1 code, the key of this language in the clinic's FAQ file. */
  public String code() {
    return code;
  }

  /** Returns the locale that dates and times are written in for this language. */
  public Locale locale() {
    return Locale.forLanguageTag(code);
  }

  /** Returns the language with this ISO 639-1 code, or empty for null or another code. */
  public static Optional<Language> fromCode(String code) {
    for (Language language : values()) {
      if (language.code.equalsIgnoreCase(code)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }
}

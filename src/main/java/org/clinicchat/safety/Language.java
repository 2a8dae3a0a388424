package org.clinicchat.safety;

/** The language of a fixed safety answer, chosen by the language of the words that matched. */
public enum Language {
  ENGLISH,
  SPANISH
}

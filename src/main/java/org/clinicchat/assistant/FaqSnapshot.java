package org.clinicchat.assistant;

/** A published FAQ version with the matcher built from it. */
record FaqSnapshot(int version, FaqDocument document, FaqMatcher matcher) {

  static FaqSnapshot of(int version, FaqDocument document) {
    return new FaqSnapshot(
        version, document, new FaqMatcher(document.entries(), document.synonymGroups()));
  }
}

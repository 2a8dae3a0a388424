package org.clinicchat.education;

/** One answer that a search found, with its score; a higher score ranks first. */
public record EducationHit(EducationAnswer answer, float score) {

  /**
   * Returns whether the question names this answer's focus or one of its synonyms as whole words.
   * The chat shows an answer only then, so that a question about one condition never gets an answer
   * about another that merely shares words with it.
   */
  public boolean focusNamedIn(String question) {
    return FocusNames.named(answer, FocusNames.normalize(question));
  }
}

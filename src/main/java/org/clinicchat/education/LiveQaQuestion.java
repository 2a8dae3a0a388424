package org.clinicchat.education;

/**
 * A consumer health question of a LiveQA-style questions file: its number (n of {@code TQn}) and
 * the original subject and message that the patient wrote.
 */
public record LiveQaQuestion(int number, String subject, String message) {

  /** Returns the text a search reads: the subject and the message, nothing else. */
  public String text() {
    return subject + "\n" + message;
  }
}

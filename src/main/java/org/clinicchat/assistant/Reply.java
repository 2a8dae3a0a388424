package org.clinicchat.assistant;

/**
 * The assistant's answer to one message: its text, and the FAQ topic it came from, or {@code null}
 * for the fallback that offers a person.
 */
public record Reply(String text, String topic) {

  /** Returns whether the reply came from the clinic's content rather than the fallback. */
  public boolean answered() {
    return topic != null;
  }
}

package org.clinicchat.assistant;

/** A FAQ that cannot be published, with a message that names what to correct. */
public class InvalidFaqException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidFaqException(String message) {
    super(message);
  }
}

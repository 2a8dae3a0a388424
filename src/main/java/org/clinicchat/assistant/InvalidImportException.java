package org.clinicchat.assistant;

/** An import that cannot start, with a message that names what to do. */
public class InvalidImportException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidImportException(String message) {
    super(message);
  }
}

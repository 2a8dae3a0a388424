package org.clinicchat.retention;

/** A legal hold request that cannot be carried out, with the reason in words. */
public class InvalidHoldException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidHoldException(String message) {
    super(message);
  }
}

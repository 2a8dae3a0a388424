package org.clinicchat.consent;

/** A call that processes PHI came without a valid consent for its purpose. */
public class ConsentMissingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConsentMissingException(Purpose purpose) {
    super("No valid consent for purpose " + purpose + ". Agree to the consent notice first.");
  }
}

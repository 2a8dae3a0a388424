package org.clinicchat.patient;

/**
 * Identity data that is missing or malformed. The message names the field and the expected form,
 * never the value, which is PHI.
 */
public class InvalidPatientIdentityException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidPatientIdentityException(String message) {
    super(message);
  }
}

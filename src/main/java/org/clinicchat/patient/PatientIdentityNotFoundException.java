package org.clinicchat.patient;

/** No patient identity has the id given; the message never repeats it. */
public class PatientIdentityNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PatientIdentityNotFoundException() {
    super("No patient identity has that id");
  }
}

package org.clinicchat.patient;

import java.time.LocalDate;

/**
 * The identity of a patient to register, normalised. It needs a name, a date of birth that is not
 * in the future, and at least one way to find the patient again: an email address or a phone
 * number.
 */
public record NewPatientIdentity(
    PersonName name, LocalDate dateOfBirth, EmailAddress email, PhoneNumber phone) {

  public NewPatientIdentity {
    if (name == null) {
      throw new InvalidPatientIdentityException("The name is missing.");
    }
    if (dateOfBirth == null) {
      throw new InvalidPatientIdentityException("The date of birth is missing.");
    }
    if (dateOfBirth.isAfter(LocalDate.now())) {
      throw new InvalidPatientIdentityException("The date of birth is in the future.");
    }
    if (email == null && phone == null) {
      throw new InvalidPatientIdentityException(
          "Give an email address or a phone number, so that the patient can be found again.");
    }
  }
}

package org.clinicchat.patient;

import java.time.LocalDate;

/**
 * A decrypted patient identity, for the call that read it only; never stored, cached or logged. The
 * email address and the phone number are null when the patient gave none.
 */
public record PatientIdentityView(
    String id, PersonName name, LocalDate dateOfBirth, EmailAddress email, PhoneNumber phone) {}

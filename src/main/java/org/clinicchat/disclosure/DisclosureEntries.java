package org.clinicchat.disclosure;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import org.clinicchat.crypto.FieldEncryption;
import org.clinicchat.crypto.FieldSealer;

/**
 * Checks and stores ledger entries for the services of this package. It checks no role, because
 * each service that calls it does so with {@code @RolesAllowed}.
 */
final class DisclosureEntries {

  static final int MAX_RECIPIENT_LENGTH = 500;
  static final int MAX_DESCRIPTION_LENGTH = 2000;

  /** A conversation id or visitor pseudonym; the same shape the audit trail stores as is. */
  private static final Pattern PATIENT_REFERENCE = Pattern.compile("[A-Za-z0-9._-]{1,100}");

  private DisclosureEntries() {}

  /**
   * Encrypts the recipient and description under a new data key of the entry's own, persists the
   * entry in the caller's transaction and returns its id. The values must have been checked.
   */
  static String store(
      EntityManager entityManager,
      FieldEncryption fieldEncryption,
      Disclosure unsealed,
      String recipient,
      String description) {
    FieldSealer sealer = fieldEncryption.sealerFor(unsealed.getId());
    unsealed.sealed(
        sealer.seal(recipient, Disclosure.recipientLocation(unsealed.getId())),
        sealer.seal(description, Disclosure.descriptionLocation(unsealed.getId())));
    entityManager.persist(unsealed);
    return unsealed.getId();
  }

  /** Returns a new entry without its encrypted fields, under a new random id. */
  static Disclosure newEntry(
      String patient,
      LocalDate disclosedOn,
      DisclosurePurpose purpose,
      String recordedBy,
      Instant recordedAt) {
    return new Disclosure(
        UUID.randomUUID().toString(), disclosedOn, patient, purpose, recordedBy, recordedAt);
  }

  static String requirePatient(String patientReference) {
    String text = patientReference == null ? "" : patientReference.strip();
    if (text.isEmpty()) {
      throw new InvalidDisclosureException(
          "Patient: enter the conversation id or visitor pseudonym.");
    }
    if (!PATIENT_REFERENCE.matcher(text).matches()) {
      throw new InvalidDisclosureException(
          "Patient: use the conversation id or visitor pseudonym, letters, digits, '.', '_' and '-'"
              + " only.");
    }
    return text;
  }

  static String requireRecipient(String recipient) {
    return requireText(recipient, "Recipient", MAX_RECIPIENT_LENGTH);
  }

  static String requireDescription(String description) {
    return requireText(description, "Description", MAX_DESCRIPTION_LENGTH);
  }

  static DisclosurePurpose requirePurpose(DisclosurePurpose purpose) {
    if (purpose == null) {
      throw new InvalidDisclosureException("Purpose: choose why the PHI was disclosed.");
    }
    return purpose;
  }

  private static String requireText(String value, String label, int maxLength) {
    String text = value == null ? "" : value.strip();
    if (text.isEmpty()) {
      throw new InvalidDisclosureException(label + ": this field is required.");
    }
    if (text.length() > maxLength) {
      throw new InvalidDisclosureException(label + ": use at most " + maxLength + " characters.");
    }
    return text;
  }
}

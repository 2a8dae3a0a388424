package org.clinicchat.rightofaccess;

import java.util.regex.Pattern;

/** Checks the typed values of access requests. */
final class AccessRequestText {

  static final int MAX_REASON_LENGTH = 2000;

  /** A conversation id or visitor pseudonym, the shape the audit trail stores as is. */
  private static final Pattern PATIENT_REFERENCE = Pattern.compile("[A-Za-z0-9._-]{1,100}");

  private AccessRequestText() {}

  static String requirePatient(String patientReference) {
    String text = patientReference == null ? "" : patientReference.strip();
    if (!PATIENT_REFERENCE.matcher(text).matches()) {
      throw new InvalidAccessRequestException(
          "Patient: enter the conversation id or visitor pseudonym (letters, digits, '.', '_' and"
              + " '-').");
    }
    return text;
  }

  static String requireReason(String reason, String label) {
    String text = reason == null ? "" : reason.strip();
    if (text.isEmpty()) {
      throw new InvalidAccessRequestException(label + ": missing. Write why.");
    }
    if (text.length() > MAX_REASON_LENGTH) {
      throw new InvalidAccessRequestException(
          label + ": use at most " + MAX_REASON_LENGTH + " characters.");
    }
    return text;
  }
}

package org.clinicchat.audit;

/**
 * Why PHI or the audit trail was accessed, as the audit trail records it: the HIPAA purposes that a
 * chat clinic has, plus the patient's own use of the chat.
 */
public enum AccessPurpose {
  /** The patient uses the chat: consents, sends messages, reads their own conversation. */
  PATIENT_REQUEST,
  /** A clinician reviews a conversation to care for the patient. */
  TREATMENT,
  /** Administration, staff accounts and compliance review of the audit trail. */
  HEALTHCARE_OPERATIONS,
  /**
   * Break-glass access: a staff member whose role reads no conversation opens one under an
   * emergency access grant, with a written reason the privacy officer reviews.
   */
  EMERGENCY,
  /**
   * A disclosure outside treatment, payment and health care operations, which the accounting of
   * disclosures lists for the patient.
   */
  ACCOUNTED_DISCLOSURE
}

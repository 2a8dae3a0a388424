package org.clinicchat.audit;

/** The kind of act on a resource that the audit trail records. */
public enum AuditAction {
  CONSENT_GRANTED,
  CONSENT_REVOKED,
  CONSENT_NOTICE_PUBLISHED,
  LEGAL_HOLD_PLACED,
  LEGAL_HOLD_RELEASED,
  RETENTION_RUN,
  CONVERSATION_STARTED,
  MESSAGE_SENT,
  TRANSCRIPT_READ,
  /** A patient downloaded the transcript of their own conversation as a file. */
  TRANSCRIPT_DOWNLOADED,
  CONVERSATION_LIST_READ,
  AUDIT_TRAIL_READ,
  AUDIT_TRAIL_EXPORTED,
  AUDIT_CHAIN_VERIFIED,
  STAFF_ACCOUNT_CREATED,
  LOGIN_SUCCEEDED,
  LOGIN_FAILED,
  LOGIN_REJECTED_LOCKED,
  ACCOUNT_LOCKED,
  ACCOUNT_UNLOCKED,
  ADMINISTRATOR_SETUP,
  CONVERSATION_ERASED,
  DECRYPTION_FAILED,
  KEY_ROTATION_STARTED,
  KEY_ROTATION_RESTARTED,
  KEY_ROTATION_FINISHED,
  LOGOUT,
  FAQ_PUBLISHED,
  EDUCATION_IMPORT_STARTED,
  EDUCATION_IMPORT_FINISHED,
  HANDOFF_REQUESTED,
  HANDOFF_TAKEN,
  HANDOFF_ENDED,
  STAFF_MESSAGE_SENT,
  KEY_ADDED,
  KEY_ACTIVATED,
  KEY_DELETED,
  PATIENT_IDENTITY_CREATED,
  PATIENT_IDENTITY_LOOKED_UP,
  PATIENT_IDENTITY_VERIFIED,
  PATIENT_IDENTITY_ERASED,
  PASSWORD_VERIFIED,
  MFA_ENROLLED,
  MFA_SUCCEEDED,
  MFA_FAILED,
  RECOVERY_CODE_USED,
  MFA_RESET,
  ACCOUNT_DISABLED,
  ACCESS_REVIEW_READ,
  ACCESS_REVIEW_RECORDED,
  SELF_ASSESSMENT_RUN,
  RESTORE_TEST_RECORDED,
  /** A staff member used break-glass access to PHI that their role does not otherwise allow. */
  EMERGENCY_ACCESS_GRANTED,
  ALERT_ACKNOWLEDGED,
  DISCLOSURE_RECORDED,
  DISCLOSURE_REPORT_PRODUCED,
  BREACH_INCIDENT_RECORDED,
  BREACH_INCIDENT_READ,
  BREACH_RISK_ASSESSED,
  BREACH_PATIENTS_ATTACHED,
  BREACH_STATE_COUNTS_RECORDED,
  BREACH_NOTICE_WRITTEN,
  BREACH_NOTICE_LETTER_PRODUCED,
  BREACH_INDIVIDUALS_NOTIFIED,
  BREACH_RESPONSE_TEAM_CHANGED,
  /** A privacy officer opened the list of emergency access grants awaiting sign-off. */
  EMERGENCY_ACCESS_REVIEW_READ,
  /** A privacy officer reviewed an emergency access grant and signed it off with a note. */
  EMERGENCY_ACCESS_SIGNED_OFF,
  /** A privacy officer published a new version of the privacy and security policy. */
  POLICY_PUBLISHED,
  /** A staff member acknowledged a version of the privacy and security policy. */
  POLICY_ACKNOWLEDGED,
  /**
   * Staff exported a transcript to disclose it to a third party; the same transaction recorded the
   * disclosure in the accounting of disclosures.
   */
  TRANSCRIPT_EXPORTED,
  /** A visitor asked for a one-time code to verify their identity for appointments. */
  APPOINTMENT_IDENTITY_CHECK_STARTED,
  /**
   * A visitor entered a one-time code with their details; the outcome records whether it matched.
   */
  APPOINTMENT_IDENTITY_CONFIRMED,
  APPOINTMENT_BOOKED,
  APPOINTMENT_RESCHEDULED,
  APPOINTMENT_CANCELLED,
  /** A verified patient listed their upcoming appointments. */
  APPOINTMENTS_READ,
  /** The privacy officer recorded a patient's request for a copy of their records. */
  ACCESS_REQUEST_RECORDED,
  /** The privacy officer extended an access request's deadline by 30 days, with a reason. */
  ACCESS_REQUEST_EXTENDED,
  /** The privacy officer denied an access request, with a reason. */
  ACCESS_REQUEST_DENIED,
  /** The privacy officer produced the patient's copy, which fulfils the access request. */
  ACCESS_REQUEST_FULFILLED,
  /** A staff member viewed the appointment calendar with patient names, without reasons. */
  APPOINTMENT_CALENDAR_VIEWED,
  /** A clinician or administrator viewed the appointment calendar with the reasons for visits. */
  APPOINTMENT_CALENDAR_VIEWED_WITH_REASONS,
  /** A staff member signed in through the hospital's OpenID Connect provider. */
  SSO_LOGIN_SUCCEEDED,
  /** A sign-in through the identity provider failed: invalid state, code or identity token. */
  SSO_LOGIN_FAILED,
  /** An identity token without MFA in its amr or acr claim was rejected. */
  SSO_LOGIN_REJECTED_NO_MFA,
  /** An identity token had role claim values that the role mapping does not know. */
  SSO_ROLE_UNMAPPED,
  /** An administrator published a new version of the clinic's weekly hours and closures. */
  APPOINTMENT_SCHEDULE_PUBLISHED,
  /** A patient with a confirmed identity check downloaded a copy of their own records. */
  ACCESS_COPY_DOWNLOADED,
  /** Retention deleted an appointment kept its full period after the visit. */
  APPOINTMENT_ERASED,
  /** A patient whose handoff timed out asked to be called back, leaving a phone number. */
  CALLBACK_REQUESTED,
  /** A staff member revealed the phone number of a call-back request. */
  CALLBACK_PHONE_READ,
  /** A staff member marked a call-back request done. */
  CALLBACK_DONE,
  /** A patient opened a stream of their conversation's messages. Its events are not audited. */
  MESSAGE_STREAM_OPENED,
  /** A patient acknowledged that the widget showed their conversation up to a message. */
  MESSAGES_ACKNOWLEDGED,
  /** A patient's token was renewed under the same consent, because the patient kept chatting. */
  PATIENT_TOKEN_RENEWED,
  /** A privacy officer ended an emergency access grant before its expiry. */
  EMERGENCY_ACCESS_ENDED
}

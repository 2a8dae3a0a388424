package org.clinicchat.audit;

/** What was done to a resource, as recorded in the audit trail. */
public enum AuditAction {
  CONSENT_GRANTED,
  CONSENT_REVOKED,
  CONVERSATION_STARTED,
  MESSAGE_SENT,
  TRANSCRIPT_READ,
  CONVERSATION_LIST_READ,
  AUDIT_TRAIL_READ,
  AUDIT_TRAIL_EXPORTED,
  AUDIT_CHAIN_VERIFIED,
  STAFF_ACCOUNT_CREATED,
  ADMINISTRATOR_SETUP
}

-- Creates the ClinicChat database and its application user on MariaDB 10.6 or newer.
-- Run as a database administrator, after replacing the password:
--   mariadb -u root -p < server-config/mariadb-grants.sql
-- The application user may create its tables on first start and read and change their rows, with
-- one exception: the audit trail, where it may only insert and read. Nothing else: no access to
-- other databases, no GRANT, no FILE, no SUPER.
--
-- Grants are per table, because MariaDB adds privileges up and cannot take one table out of a
-- database-wide grant: a GRANT UPDATE ON clinicchat.* would let the application rewrite the audit
-- trail. A new entity table therefore needs its own line below. MariaDB accepts a table grant
-- before the table exists when it includes CREATE, which lets the application create the table.
CREATE DATABASE IF NOT EXISTS clinicchat CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'clinicchat'@'%' IDENTIFIED BY 'CHANGE-ME-long-random-password';

-- Tables whose rows the application changes.
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, INDEX, ALTER, REFERENCES ON clinicchat.conversation TO 'clinicchat'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, INDEX, ALTER, REFERENCES ON clinicchat.chat_message TO 'clinicchat'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, INDEX, ALTER, REFERENCES ON clinicchat.consent TO 'clinicchat'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, INDEX, ALTER, REFERENCES ON clinicchat.staff_account TO 'clinicchat'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, INDEX, ALTER, REFERENCES ON clinicchat.staff_role TO 'clinicchat'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, INDEX, ALTER, REFERENCES ON clinicchat.access_review_record TO 'clinicchat'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, INDEX, ALTER, REFERENCES ON clinicchat.restore_test TO 'clinicchat'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, INDEX, ALTER, REFERENCES ON clinicchat.breach_response_contact TO 'clinicchat'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, INDEX, ALTER, REFERENCES ON clinicchat.login_throttle TO 'clinicchat'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, INDEX, ALTER, REFERENCES ON clinicchat.staff_totp TO 'clinicchat'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, INDEX, ALTER, REFERENCES ON clinicchat.staff_recovery_code TO 'clinicchat'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, INDEX, ALTER, REFERENCES ON clinicchat.staff_session_cutoff TO 'clinicchat'@'%';
-- Single sign-on accounts: added at the first sign-in and updated at each later one, never deleted.
GRANT SELECT, INSERT, UPDATE, CREATE, INDEX ON clinicchat.sso_account TO 'clinicchat'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, INDEX, ALTER, REFERENCES ON clinicchat.data_key TO 'clinicchat'@'%';
-- Call-back requests: created by patients and marked done by staff.
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, INDEX, ALTER, REFERENCES ON clinicchat.callback_request TO 'clinicchat'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, INDEX, ALTER, REFERENCES ON clinicchat.key_usage TO 'clinicchat'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, INDEX, ALTER, REFERENCES ON clinicchat.chat_sent_message TO 'clinicchat'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, INDEX, ALTER, REFERENCES ON clinicchat.conversation_acknowledgement TO 'clinicchat'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, INDEX, ALTER, REFERENCES ON clinicchat.chat_handoff TO 'clinicchat'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, INDEX, ALTER, REFERENCES ON clinicchat.faq_version TO 'clinicchat'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, INDEX, ALTER, REFERENCES ON clinicchat.patient_identity TO 'clinicchat'@'%';
-- Appointments: the clinic's schedule versions, appointments, the slot claims whose unique key
-- prevents double booking, and identity checks by emailed code.
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, INDEX, ALTER, REFERENCES ON clinicchat.appointment_schedule TO 'clinicchat'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, INDEX, ALTER, REFERENCES ON clinicchat.appointment TO 'clinicchat'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, INDEX, ALTER, REFERENCES ON clinicchat.appointment_slot_claim TO 'clinicchat'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, INDEX, ALTER, REFERENCES ON clinicchat.appointment_identity_check TO 'clinicchat'@'%';
GRANT SELECT, INSERT, CREATE, INDEX ON clinicchat.appointment_reminder TO 'clinicchat'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, INDEX, ALTER, REFERENCES ON clinicchat.security_alert TO 'clinicchat'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, INDEX, ALTER, REFERENCES ON clinicchat.alert_scan_cursor TO 'clinicchat'@'%';
-- The accounting of disclosures: HIPAA requires six years of it, so the application only adds and
-- reads entries.
GRANT SELECT, INSERT, CREATE, INDEX ON clinicchat.disclosure TO 'clinicchat'@'%';
-- Access requests change as they are extended, denied or fulfilled; none is deleted, so the
-- register keeps every request and its answer.
GRANT SELECT, INSERT, UPDATE, CREATE, INDEX ON clinicchat.access_request TO 'clinicchat'@'%';
-- Consent notice versions: every consent names the version it agreed to, so versions are added
-- and read, never changed.
GRANT SELECT, INSERT, CREATE, INDEX ON clinicchat.consent_notice_version TO 'clinicchat'@'%';
-- The breach incident register: incidents change as they are assessed and notified, and the
-- collection tables are rewritten when their incident changes. HIPAA requires the documentation
-- for six years, so nothing deletes an incident.
GRANT SELECT, INSERT, UPDATE, CREATE, INDEX, REFERENCES ON clinicchat.breach_incident TO 'clinicchat'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, INDEX, ALTER, REFERENCES ON clinicchat.breach_risk_factor TO 'clinicchat'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, INDEX, ALTER, REFERENCES ON clinicchat.breach_affected_patient TO 'clinicchat'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, INDEX, ALTER, REFERENCES ON clinicchat.breach_state_count TO 'clinicchat'@'%';
-- Emergency access grants: a sign-off updates a grant, but none is deleted, so the record of who
-- broke the glass and why stays.
GRANT SELECT, INSERT, UPDATE, CREATE, INDEX ON clinicchat.break_glass_grant TO 'clinicchat'@'%';
-- Policy versions and acknowledgements are only added: a new version never replaces an old one.
GRANT SELECT, INSERT, CREATE, INDEX ON clinicchat.privacy_policy_version TO 'clinicchat'@'%';
GRANT SELECT, INSERT, CREATE, INDEX ON clinicchat.policy_acknowledgement TO 'clinicchat'@'%';
-- Legal holds are placed and released (an update), never deleted. Erasure receipts of
-- transcripts and appointments are only added.
GRANT SELECT, INSERT, UPDATE, CREATE, INDEX ON clinicchat.retention_legal_hold TO 'clinicchat'@'%';
GRANT SELECT, INSERT, CREATE, INDEX ON clinicchat.retention_receipt TO 'clinicchat'@'%';
GRANT SELECT, INSERT, CREATE, INDEX ON clinicchat.retention_appointment_receipt TO 'clinicchat'@'%';
-- The audit chain's head row: each new event updates it, under a row lock.
GRANT SELECT, INSERT, UPDATE, CREATE, INDEX ON clinicchat.audit_chain_head TO 'clinicchat'@'%';

-- The audit trail: insert and read only. Without UPDATE, DELETE, DROP (which TRUNCATE needs) and
-- ALTER, the application cannot be made to rewrite history, even through SQL injection. The hash
-- chain detects what a database administrator changes.
GRANT SELECT, INSERT, CREATE, INDEX ON clinicchat.audit_event TO 'clinicchat'@'%';

-- Require TLS from the application to the database.
ALTER USER 'clinicchat'@'%' REQUIRE SSL;

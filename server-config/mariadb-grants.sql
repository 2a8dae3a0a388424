-- Creates the ClinicChat database and its application user on MariaDB 10.6 or newer.
-- Run as a database administrator, after replacing the password:
--   mariadb -u root -p < server-config/mariadb-grants.sql
-- The application user may read and change the tables it owns, create them on first start, and
-- nothing else: no access to other databases, no GRANT, no FILE, no SUPER.
CREATE DATABASE IF NOT EXISTS clinicchat CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'clinicchat'@'%' IDENTIFIED BY 'CHANGE-ME-long-random-password';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, INDEX, ALTER, REFERENCES ON clinicchat.* TO 'clinicchat'@'%';
-- TODO: the audit table still takes UPDATE and DELETE from this grant; a separate audit user with
-- INSERT and SELECT only on audit_event is the next step for a tamper-evident audit trail.
-- Require TLS from the application to the database.
ALTER USER 'clinicchat'@'%' REQUIRE SSL;

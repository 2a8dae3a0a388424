/**
 * Monitoring of the audit trail: rules that raise alerts on suspicious staff activity, the stored
 * alerts, their dashboard and acknowledgement, and the email that announces them. Alerts name staff
 * users and counts, never a patient or message text.
 */
package org.clinicchat.alert;

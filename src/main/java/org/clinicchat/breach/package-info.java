/**
 * The HIPAA breach incident register (45 CFR 164.400-414), for the privacy officer: suspected
 * incidents, their four-factor risk assessment, the patients affected found from the audit trail,
 * the notification deadlines and the notice letters. Free text is stored encrypted; practice
 * incidents (drills) never name a real patient.
 */
package org.clinicchat.breach;

/**
 * The HIPAA right of access (45 CFR 164.524): the privacy officer's register of patients' requests
 * for a copy of their records, its 30-day deadlines with one 30-day extension, the patient's own
 * download after an identity check, and the copy itself, made from the patient's transcripts and
 * appointments as text or JSON.
 */
package org.clinicchat.rightofaccess;

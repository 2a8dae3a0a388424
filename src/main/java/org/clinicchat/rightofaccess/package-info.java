/**
 * The HIPAA right of access (45 CFR 164.524) from the staff side: the privacy officer's register of
 * patients' requests for a copy of their records, its 30-day deadlines with one 30-day extension,
 * and the copy itself, made from the patient's transcripts as text or JSON.
 */
package org.clinicchat.rightofaccess;

/**
 * The HIPAA right of access (45 CFR 164.524). The privacy officer keeps a register of patients'
 * requests for a copy of their records, with 30-day deadlines and one 30-day extension. A patient
 * may also download the copy after an identity check. The copy contains the patient's transcripts
 * and appointments, as text or JSON.
 */
package org.clinicchat.rightofaccess;

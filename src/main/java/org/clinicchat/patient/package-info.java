/**
 * Patient identities: name, date of birth, email and phone, each encrypted under the patient's own
 * data key. Keyed blind indexes find a patient by email or phone, and a check of name and date of
 * birth verifies the patient before they are served. No plaintext identity field is stored or
 * logged.
 */
package org.clinicchat.patient;

/**
 * Patient identities: name, date of birth, email and phone, each encrypted under the patient's own
 * data key, with keyed blind indexes for finding a patient by email or phone and a check of name
 * and date of birth before a patient is served. No plaintext identity field is stored or logged.
 */
package org.clinicchat.patient;

package org.clinicchat.consent;

/** The purpose for which PHI is processed. A consent is given for one purpose. */
public enum Purpose {
  /** Storing the patient's chat messages and replying to them. */
  PATIENT_CHAT
}

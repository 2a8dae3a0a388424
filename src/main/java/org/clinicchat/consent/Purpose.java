package org.clinicchat.consent;

/** Why PHI is processed; a consent is given for one purpose. */
public enum Purpose {
  /** Storing and answering the patient's chat messages. */
  PATIENT_CHAT
}

package org.clinicchat.disclosure;

/**
 * Why PHI was disclosed outside treatment, payment and operations: the permitted disclosures of 45
 * CFR 164.512, plus a disclosure the patient authorised in writing. A fixed list, so that no free
 * text, which could hold PHI, is stored unencrypted.
 */
public enum DisclosurePurpose {
  REQUIRED_BY_LAW("Required by law"),
  PUBLIC_HEALTH("Public health activity"),
  ABUSE_OR_NEGLECT_REPORT("Report of abuse, neglect or domestic violence"),
  HEALTH_OVERSIGHT("Health oversight activity"),
  JUDICIAL_PROCEEDING("Judicial or administrative proceeding"),
  LAW_ENFORCEMENT("Law enforcement purpose"),
  DECEDENT("About a decedent, to a coroner, medical examiner or funeral director"),
  ORGAN_DONATION("Organ, eye or tissue donation"),
  RESEARCH("Research"),
  SERIOUS_THREAT("To avert a serious threat to health or safety"),
  GOVERNMENT_FUNCTION("Specialised government function"),
  WORKERS_COMPENSATION("Workers' compensation"),
  PATIENT_AUTHORIZATION("Authorised by the patient in writing");

  private final String label;

  DisclosurePurpose(String label) {
    this.label = label;
  }

  /** Returns the purpose in the words of the report. */
  public String label() {
    return label;
  }
}

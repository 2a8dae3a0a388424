package org.clinicchat.breach;

/**
 * A role of the clinic's incident response team. The first three must each have a contact before
 * the team is ready: someone leads, the privacy officer decides on notification, and the security
 * officer contains the incident.
 */
public enum ResponseRole {
  INCIDENT_LEAD("Incident lead", true),
  PRIVACY_OFFICER("Privacy officer", true),
  SECURITY_OFFICER("Security officer", true),
  IT_OPERATIONS("IT operations", false),
  LEGAL_COUNSEL("Legal counsel", false),
  COMMUNICATIONS("Communications", false),
  EXECUTIVE("Executive sponsor", false);

  private final String label;
  private final boolean required;

  ResponseRole(String label, boolean required) {
    this.label = label;
    this.required = required;
  }

  public String label() {
    return label;
  }

  public boolean required() {
    return required;
  }
}

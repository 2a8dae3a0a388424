package org.clinicchat.security;

/** Role names, each the same as the group that grants it. */
public final class Roles {

  /** A visitor who consented and holds a patient token. */
  public static final String PATIENT = "PATIENT";

  /** Manages staff accounts and settings; reviews conversations and the audit trail. */
  public static final String ADMIN = "ADMIN";

  /** Reads conversations to care for patients. */
  public static final String CLINICIAN = "CLINICIAN";

  /** Reads the audit trail, never conversations. */
  public static final String AUDITOR = "AUDITOR";

  private Roles() {}
}

package org.clinicchat.security;

import java.util.List;

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

  /**
   * The HIPAA privacy officer: reviews the audit trail, alerts, disclosures and staff access, and
   * owns the privacy policy; reads no conversation without emergency access.
   */
  public static final String PRIVACY_OFFICER = "PRIVACY_OFFICER";

  /** Books and changes appointments for patients; reads no conversation. */
  public static final String FRONT_DESK = "FRONT_DESK";

  /** Every staff role, in the order the pages list them. */
  public static final List<String> STAFF =
      List.of(ADMIN, PRIVACY_OFFICER, CLINICIAN, FRONT_DESK, AUDITOR);

  private Roles() {}
}

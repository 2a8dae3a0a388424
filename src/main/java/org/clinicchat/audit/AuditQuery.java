package org.clinicchat.audit;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * An auditor's search of the audit trail; a null field matches every event. The actor is a staff
 * user name or a visitor pseudonym, the time range is inclusive and in UTC.
 */
public record AuditQuery(
    String actor, AuditAction action, String resourceId, Instant from, Instant to) {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");

  /** Every event. */
  public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null);

  /**
   * Checks the fields, so that nothing but id-shaped text reaches a query or an export file name.
   *
   * @throws InvalidAuditQueryException naming the field to correct
   */
  public AuditQuery {
    actor = blankToNull(actor);
    resourceId = blankToNull(resourceId);
    if (actor != null && !NAME.matcher(actor).matches()) {
      throw new InvalidAuditQueryException(
          "Staff user or pseudonym: use letters, digits and . _ @ - only, at most 100.");
    }
    if (resourceId != null && !NAME.matcher(resourceId).matches()) {
      throw new InvalidAuditQueryException(
          "Resource id: use letters, digits and . _ @ - only, at most 100.");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidAuditQueryException("The start of the time range is after its end.");
    }
  }

  /** Returns whether the query matches every event. */
  public boolean isAll() {
    return equals(ALL);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}

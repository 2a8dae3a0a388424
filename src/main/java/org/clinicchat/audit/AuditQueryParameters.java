package org.clinicchat.audit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.function.UnaryOperator;

/**
 * Reads an {@link AuditQuery} from request parameters, the same for the audit page and the export:
 * {@code actor}, {@code action}, {@code resource}, {@code from} and {@code to}. Times are UTC, as a
 * {@code datetime-local} field sends them ({@code 2026-12-04T09:30}) or as ISO-8601 instants.
 */
public final class AuditQueryParameters {

  private AuditQueryParameters() {}

  /**
   * Returns the query the parameters describe.
   *
   * @throws InvalidAuditQueryException naming the parameter to correct
   */
  public static AuditQuery parse(UnaryOperator<String> parameter) {
    return new AuditQuery(
        parameter.apply("actor"),
        action(parameter.apply("action")),
        parameter.apply("resource"),
        time(parameter.apply("from"), "From"),
        time(parameter.apply("to"), "To"));
  }

  static AuditAction action(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return AuditAction.valueOf(value.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidAuditQueryException("Action: choose one from the list.");
    }
  }

  static Instant time(String value, String label) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    try {
      return text.endsWith("Z")
          ? Instant.parse(text)
          : LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new InvalidAuditQueryException(
          label + ": enter a UTC date and time like 2026-12-04T09:30.");
    }
  }
}

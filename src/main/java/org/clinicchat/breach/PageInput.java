package org.clinicchat.breach;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Reads the typed fields of the breach pages into values, with a message naming the field. */
final class PageInput {

  private PageInput() {}

  /** Returns the date typed as 2026-12-04, or null for a blank field. */
  static LocalDate date(String text, String label) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidIncidentException(label + ": use the form 2026-12-04.");
    }
  }

  /**
   * Returns the UTC time typed as a {@code datetime-local} field sends it (2026-12-04T09:30) or as
   * an ISO-8601 instant, the same forms as the audit-trail page. Returns null for a blank field.
   */
  static Instant utcTime(String text, String label) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.strip();
    try {
      return value.endsWith("Z")
          ? Instant.parse(value)
          : LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new InvalidIncidentException(
          label + ": enter a UTC date and time like 2026-12-04T09:30.");
    }
  }

  /**
   * Returns the counts typed one state a line as {@code NY=120}, in the order typed. Blank lines
   * are skipped.
   */
  static Map<String, Integer> stateCounts(String text) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    if (text == null) {
      return counts;
    }
    for (String line : text.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.split("=", 2);
      if (parts.length != 2) {
        throw new InvalidIncidentException(
            "Affected per state: write one state a line, such as NY=120.");
      }
      try {
        counts.put(parts[0].strip().toUpperCase(Locale.ROOT), Integer.valueOf(parts[1].strip()));
      } catch (NumberFormatException e) {
        throw new InvalidIncidentException(
            "Affected per state: the count after = must be a whole number, as in NY=120.");
      }
    }
    return counts;
  }
}

package org.clinicchat.audit.chain;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One audit event as one line of a JSON Lines export. The names are the record's component names,
 * the time is ISO-8601 UTC, and every field the seal covers is present, so the offline verifier can
 * recompute the seal from the line alone.
 */
public final class AuditRecordJson {

  private AuditRecordJson() {}

  /** Returns the event as one line of JSON, without a line break. */
  public static String write(AuditRecord record) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("sequence", record.sequence());
    fields.put("occurredAt", record.occurredAt() == null ? null : record.occurredAt().toString());
    fields.put("actor", record.actor());
    fields.put("actorRole", record.actorRole());
    fields.put("action", record.action());
    fields.put("resourceType", record.resourceType());
    fields.put("resourceId", record.resourceId());
    fields.put("purpose", record.purpose());
    fields.put("outcome", record.outcome());
    fields.put("clientChannel", record.clientChannel());
    fields.put("clientAddress", record.clientAddress());
    fields.put("clientAgent", record.clientAgent());
    fields.put("previousHash", record.previousHash());
    fields.put("eventHash", record.eventHash());
    fields.put("mac", record.mac());
    return FlatJson.write(fields);
  }

  /**
   * Reads an event from one line of JSON.
   *
   * @throws IllegalArgumentException if the line is not valid JSON, lacks the sequence number, or
   *     has a value of the wrong type
   */
  public static AuditRecord read(String line) {
    Map<String, Object> fields = FlatJson.read(line);
    if (!(fields.get("sequence") instanceof Long sequence)) {
      throw new IllegalArgumentException("The event has no integer \"sequence\"");
    }
    return new AuditRecord(
        sequence,
        instant(text(fields, "occurredAt")),
        text(fields, "actor"),
        text(fields, "actorRole"),
        text(fields, "action"),
        text(fields, "resourceType"),
        text(fields, "resourceId"),
        text(fields, "purpose"),
        text(fields, "outcome"),
        text(fields, "clientChannel"),
        text(fields, "clientAddress"),
        text(fields, "clientAgent"),
        text(fields, "previousHash"),
        text(fields, "eventHash"),
        text(fields, "mac"));
  }

  private static String text(Map<String, Object> fields, String name) {
    Object value = fields.get(name);
    if (value == null || value instanceof String) {
      return (String) value;
    }
    throw new IllegalArgumentException("\"" + name + "\" must be a string or null");
  }

  private static Instant instant(String text) {
    try {
      return text == null ? null : Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("\"occurredAt\" is not an ISO-8601 UTC time", e);
    }
  }
}

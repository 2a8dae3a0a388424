package org.clinicchat.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import org.clinicchat.audit.chain.AuditRecord;
import org.clinicchat.audit.chain.AuditRecordJson;

/**
 * Writes audit events as CSV (RFC 4180, with a header) or JSON Lines. Both carry every field and
 * the seal, so a JSON Lines export of the whole trail can be verified offline. Its cell quoting
 * serves the other CSV downloads too.
 */
public final class AuditExport {

  private static final List<String> CSV_HEADER =
      List.of(
          "sequence",
          "occurredAt",
          "actor",
          "actorRole",
          "action",
          "resourceType",
          "resourceId",
          "purpose",
          "outcome",
          "clientChannel",
          "clientAddress",
          "clientAgent",
          "previousHash",
          "eventHash",
          "mac");

  private AuditExport() {}

  static void write(Iterator<AuditEvent> events, ExportFormat format, Writer out)
      throws IOException {
    if (format == ExportFormat.CSV) {
      out.write(String.join(",", CSV_HEADER) + "\r\n");
    }
    while (events.hasNext()) {
      AuditRecord record = events.next().toRecord();
      out.write(
          format == ExportFormat.CSV
              ? csvRow(record) + "\r\n"
              : AuditRecordJson.write(record) + "\n");
    }
    out.flush();
  }

  static String csvRow(AuditRecord r) {
    List<String> cells =
        java.util.Arrays.asList(
            Long.toString(r.sequence()),
            r.occurredAt() == null ? null : r.occurredAt().toString(),
            r.actor(),
            r.actorRole(),
            r.action(),
            r.resourceType(),
            r.resourceId(),
            r.purpose(),
            r.outcome(),
            r.clientChannel(),
            r.clientAddress(),
            r.clientAgent(),
            r.previousHash(),
            r.eventHash(),
            r.mac());
    StringBuilder row = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        row.append(',');
      }
      row.append(csvCell(cells.get(i)));
    }
    return row.toString();
  }

  /**
   * Quotes a cell when needed, and prefixes an apostrophe to text that a spreadsheet would run as a
   * formula.
   */
  public static String csvCell(String value) {
    if (value == null) {
      return "";
    }
    String text = value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.indexOf(',') >= 0
        || text.indexOf('"') >= 0
        || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}

package org.clinicchat.audit.siem;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import org.clinicchat.audit.chain.AuditRecord;
import org.clinicchat.audit.chain.AuditRecordJson;

/**
 * Formats an audit event as an RFC 5424 syslog message with octet counting (RFC 6587, RFC 5425):
 * {@code LENGTH SP <PRI>1 TIMESTAMP HOSTNAME clinicchat - ACTION - JSON}. The JSON carries the same
 * fields as the audit export, and no PHI. Facility 13 (log audit); severity informational for a
 * success, warning for a failure.
 */
public final class SyslogFrame {

  static final String APP_NAME = "clinicchat";

  private static final int FACILITY_LOG_AUDIT = 13;
  private static final int SEVERITY_WARNING = 4;
  private static final int SEVERITY_INFORMATIONAL = 6;

  /** RFC 5424 limits MSGID to 32 printable characters, HOSTNAME to 255. */
  private static final int MAX_MSGID = 32;

  private static final int MAX_HOSTNAME = 255;

  private SyslogFrame() {}

  /** Returns the framed message, ready to write to the socket. */
  public static byte[] frame(AuditRecord record, String hostname) {
    byte[] message = message(record, hostname).getBytes(StandardCharsets.UTF_8);
    byte[] prefix = (message.length + " ").getBytes(StandardCharsets.US_ASCII);
    byte[] framed = new byte[prefix.length + message.length];
    System.arraycopy(prefix, 0, framed, 0, prefix.length);
    System.arraycopy(message, 0, framed, prefix.length, message.length);
    return framed;
  }

  /** Returns the syslog message without its length prefix. */
  static String message(AuditRecord record, String hostname) {
    int severity = "FAILURE".equals(record.outcome()) ? SEVERITY_WARNING : SEVERITY_INFORMATIONAL;
    int priority = FACILITY_LOG_AUDIT * 8 + severity;
    return "<"
        + priority
        + ">1 "
        + DateTimeFormatter.ISO_INSTANT.format(record.occurredAt())
        + " "
        + printable(hostname, MAX_HOSTNAME)
        + " "
        + APP_NAME
        + " - "
        + printable(record.action(), MAX_MSGID)
        + " - "
        + AuditRecordJson.write(record);
  }

  /** Returns the value cut to the limit with anything but printable US-ASCII removed, or "-". */
  private static String printable(String value, int maxLength) {
    if (value == null) {
      return "-";
    }
    String cleaned =
        value
            .codePoints()
            .filter(c -> c > 32 && c < 127)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
    if (cleaned.isEmpty()) {
      return "-";
    }
    return cleaned.length() > maxLength ? cleaned.substring(0, maxLength) : cleaned;
  }
}

package org.clinicchat.audit.siem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.clinicchat.audit.chain.AuditRecord;
import org.junit.jupiter.api.Test;

/** RFC 5424 messages with RFC 6587 octet counting, one per audit event. */
class SyslogFrameTest {

  static AuditRecord record(String actor, String outcome) {
    return new AuditRecord(
        42,
        Instant.parse("2026-12-04T09:30:00.123456Z"),
        actor,
        "CLINICIAN",
        "TRANSCRIPT_READ",
        "Conversation",
        "0d6f3c1e-9b8a-4c2d-8e1f-123456789abc",
        "TREATMENT",
        outcome,
        "web",
        "127.0.0.1",
        "Chrome/140",
        "a".repeat(64),
        "b".repeat(64),
        "c".repeat(64));
  }

  @Test
  void lengthCountsMessageBytes() {
    byte[] framed = SyslogFrame.frame(record("dr-ä", "SUCCESS"), "host-1");
    String text = new String(framed, StandardCharsets.UTF_8);
    int space = text.indexOf(' ');

    int declared = Integer.parseInt(text.substring(0, space));

    assertEquals(framed.length - space - 1, declared);
  }

  @Test
  void headerFollowsRfc5424() {
    String message = SyslogFrame.message(record("dr-a", "SUCCESS"), "host-1");

    assertTrue(
        message.startsWith(
            "<110>1 2026-12-04T09:30:00.123456Z host-1 clinicchat - TRANSCRIPT_READ - {"),
        message);
  }

  @Test
  void failureIsWarning() {
    String message = SyslogFrame.message(record("dr-a", "FAILURE"), "host-1");

    assertTrue(message.startsWith("<108>1 "), message);
  }

  @Test
  void bodyIsExportJson() {
    String message = SyslogFrame.message(record("dr-a", "SUCCESS"), "host-1");

    assertTrue(message.endsWith("}"), message);
    assertTrue(message.contains("\"actor\":\"dr-a\""), message);
  }

  @Test
  void hostnameWithSpacesCleaned() {
    String message = SyslogFrame.message(record("dr-a", "SUCCESS"), "bad host\nname");

    assertTrue(message.startsWith("<110>1 2026-12-04T09:30:00.123456Z badhostname clinicchat "));
  }
}

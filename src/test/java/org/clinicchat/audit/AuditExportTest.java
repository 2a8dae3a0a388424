package org.clinicchat.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditExportTest {

  @Test
  void plainCellUnquoted() {
    assertEquals("TRANSCRIPT_READ", AuditExport.csvCell("TRANSCRIPT_READ"));
  }

  @Test
  void commaCellQuoted() {
    assertEquals("\"a,b\"", AuditExport.csvCell("a,b"));
  }

  @Test
  void quoteCellDoubled() {
    assertEquals("\"a\"\"b\"", AuditExport.csvCell("a\"b"));
  }

  @Test
  void formulaCellDefused() {
    assertEquals("'=HYPERLINK(1)", AuditExport.csvCell("=HYPERLINK(1)"));
  }

  @Test
  void nullCellEmpty() {
    assertEquals("", AuditExport.csvCell(null));
  }

  @Test
  void datetimeLocalReadAsUtc() {
    assertEquals(
        Instant.parse("2026-12-04T09:30:00Z"),
        AuditQueryParameters.time("2026-12-04T09:30", "From"));
  }

  @Test
  void invalidTimeNamesField() {
    InvalidAuditQueryException e =
        assertThrows(
            InvalidAuditQueryException.class, () -> AuditQueryParameters.time("yesterday", "From"));

    assertEquals("From: enter a UTC date and time like 2026-12-04T09:30.", e.getMessage());
  }

  @Test
  void unknownActionRejected() {
    assertThrows(InvalidAuditQueryException.class, () -> AuditQueryParameters.action("DROP"));
  }

  @Test
  void freeTextActorRejected() {
    assertThrows(
        InvalidAuditQueryException.class,
        () -> new AuditQuery("Zebulon Quartermaine", null, null, null, null));
  }

  @Test
  void reversedRangeRejected() {
    InvalidAuditQueryException e =
        assertThrows(
            InvalidAuditQueryException.class,
            () -> new AuditQuery(null, null, null, Instant.ofEpochSecond(10), Instant.EPOCH));

    assertEquals("The start of the time range is after its end.", e.getMessage());
  }
}

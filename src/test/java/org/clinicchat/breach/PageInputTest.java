package org.clinicchat.breach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageInputTest {

  @Test
  void stateCountsReadOneALine() {
    assertEquals(Map.of("NY", 120, "NJ", 3), PageInput.stateCounts("ny = 120\r\n\n NJ=3 \n"));
  }

  @Test
  void stateLineWithoutCountRejected() {
    InvalidIncidentException e =
        assertThrows(InvalidIncidentException.class, () -> PageInput.stateCounts("NY 120"));

    assertEquals("Affected per state: write one state a line, such as NY=120.", e.getMessage());
  }

  @Test
  void nonNumericCountRejected() {
    InvalidIncidentException e =
        assertThrows(
            InvalidIncidentException.class, () -> PageInput.stateCounts("NY='; DROP TABLE x"));

    assertEquals(
        "Affected per state: the count after = must be a whole number, as in NY=120.",
        e.getMessage());
  }

  @Test
  void utcTimeFromDatetimeLocal() {
    assertEquals(
        Instant.parse("2026-12-04T09:30:00Z"), PageInput.utcTime("2026-12-04T09:30", "From"));
  }

  @Test
  void blankTimeIsNull() {
    assertNull(PageInput.utcTime("  ", "From"));
  }

  @Test
  void invalidTimeRejected() {
    InvalidIncidentException e =
        assertThrows(InvalidIncidentException.class, () -> PageInput.utcTime("yesterday\n", "To"));

    assertEquals("To: enter a UTC date and time like 2026-12-04T09:30.", e.getMessage());
  }

  @Test
  void invalidDateRejected() {
    InvalidIncidentException e =
        assertThrows(
            InvalidIncidentException.class, () -> PageInput.date("04/12/2026", "Discovered on"));

    assertEquals("Discovered on: use the form 2026-12-04.", e.getMessage());
  }
}

package org.clinicchat.breakglass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EmergencyReasonTest {

  private static final String SHORT_MESSAGE =
      "Reason: write at least 20 characters, so a reviewer can follow it.";

  @Test
  void reasonStripped() {
    EmergencyReason reason = new EmergencyReason("  Patient collapsed in the waiting room \n");

    assertEquals("Patient collapsed in the waiting room", reason.text());
  }

  @Test
  void multiLineReasonKept() {
    String text = "Caller reports chest pain.\nNo clinician on site until 9:00.";

    assertEquals(text, new EmergencyReason(text).text());
  }

  @Test
  void nullRejected() {
    InvalidBreakGlassRequestException e =
        assertThrows(InvalidBreakGlassRequestException.class, () -> new EmergencyReason(null));

    assertEquals("Reason: say why you need this conversation in an emergency.", e.getMessage());
  }

  @Test
  void blankRejected() {
    InvalidBreakGlassRequestException e =
        assertThrows(InvalidBreakGlassRequestException.class, () -> new EmergencyReason(" \t\n "));

    assertEquals("Reason: say why you need this conversation in an emergency.", e.getMessage());
  }

  @Test
  void shortReasonRejected() {
    InvalidBreakGlassRequestException e =
        assertThrows(InvalidBreakGlassRequestException.class, () -> new EmergencyReason("urgent"));

    assertEquals(SHORT_MESSAGE, e.getMessage());
  }

  @Test
  void paddingDoesNotCountTowardMinimum() {
    String padded = "   urgent, please    " + " ".repeat(30);

    InvalidBreakGlassRequestException e =
        assertThrows(InvalidBreakGlassRequestException.class, () -> new EmergencyReason(padded));

    assertEquals(SHORT_MESSAGE, e.getMessage());
  }

  @Test
  void minimumLengthAccepted() {
    String text = "x".repeat(EmergencyReason.MIN_LENGTH);

    assertEquals(text, new EmergencyReason(text).text());
  }

  @Test
  void overlongReasonRejected() {
    String text = "y".repeat(EmergencyReason.MAX_LENGTH + 1);

    InvalidBreakGlassRequestException e =
        assertThrows(InvalidBreakGlassRequestException.class, () -> new EmergencyReason(text));

    assertEquals("Reason: use at most 1000 characters.", e.getMessage());
  }
}

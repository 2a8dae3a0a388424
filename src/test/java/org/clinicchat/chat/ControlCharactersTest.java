package org.clinicchat.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {

  @Test
  void rightToLeftOverrideRemoved() {
    assertEquals("refill 2 boxes", ControlCharacters.strip("refill \u202E2 boxes\u202C"));
  }

  @Test
  void isolatesAndMarksRemoved() {
    assertEquals("ab", ControlCharacters.strip("\u2066a\u200Fb\u2069"));
  }

  @Test
  void nullAndEscapeRemoved() {
    assertEquals("hi", ControlCharacters.strip("h\u0000i\u001B"));
  }

  @Test
  void lineBreaksAndTabsKept() {
    assertEquals("line 1\r\nline 2\tend", ControlCharacters.strip("line 1\r\nline 2\tend"));
  }

  @Test
  void accentsAndArabicKept() {
    assertEquals("Mañana عيادة", ControlCharacters.strip("Mañana عيادة"));
  }

  @Test
  void nullStaysNull() {
    assertNull(ControlCharacters.strip(null));
  }
}

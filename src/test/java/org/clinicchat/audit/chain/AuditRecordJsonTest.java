package org.clinicchat.audit.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class AuditRecordJsonTest {

  private final AuditRecord sealed = TestChains.chain(1, new Random(3)).getFirst();

  @Test
  void roundTripKeepsEveryField() {
    assertEquals(sealed, AuditRecordJson.read(AuditRecordJson.write(sealed)));
  }

  @Test
  void hostileTextRoundTrips() {
    AuditRecord hostile =
        AuditChainVerifierTest.withActor(sealed, "a\"b\\c\nd\u0000e\u2028f\tg/é😀");

    assertEquals(hostile, AuditRecordJson.read(AuditRecordJson.write(hostile)));
  }

  @Test
  void lineHasNoLineBreak() {
    AuditRecord hostile = AuditChainVerifierTest.withActor(sealed, "x\ny\r\u2028z");

    assertFalse(AuditRecordJson.write(hostile).matches("(?s).*[\\n\\r\\u2028].*"));
  }

  @Test
  void missingSequenceRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> AuditRecordJson.read("{\"actor\":\"a\"}"));

    assertEquals("The event has no integer \"sequence\"", e.getMessage());
  }

  @Test
  void nestedValueRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> AuditRecordJson.read("{\"sequence\":1,\"actor\":{}}"));
  }

  @Test
  void duplicateNameRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> FlatJson.read("{\"sequence\":1,\"sequence\":2}"));

    assertEquals("Invalid JSON at character 26: duplicate name \"sequence\"", e.getMessage());
  }

  @Test
  void trailingTextRejected() {
    assertThrows(IllegalArgumentException.class, () -> FlatJson.read("{\"sequence\":1} x"));
  }

  @Test
  void numberAsActorRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> AuditRecordJson.read("{\"sequence\":1,\"actor\":5}"));

    assertEquals("\"actor\" must be a string or null", e.getMessage());
  }
}

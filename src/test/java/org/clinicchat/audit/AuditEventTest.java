package org.clinicchat.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditEventTest {

  @Test
  void uuidKeptAsResourceId() {
    String id = UUID.randomUUID().toString();

    assertEquals(id, eventAbout(id).getResourceId());
  }

  @Test
  void usernameKeptAsResourceId() {
    assertEquals("nurse.jones-2", eventAbout("nurse.jones-2").getResourceId());
  }

  @Test
  void missingResourceIdStaysMissing() {
    assertNull(eventAbout(null).getResourceId());
  }

  @Test
  void freeTextReplaced() {
    assertEquals(
        AuditEvent.INVALID_RESOURCE_ID,
        eventAbout("Zebulon Quartermaine 1957-03-14").getResourceId());
  }

  @Test
  void overlongIdReplaced() {
    String overlong = "a".repeat(AuditEvent.MAX_RESOURCE_ID_LENGTH + 1);

    assertEquals(AuditEvent.INVALID_RESOURCE_ID, eventAbout(overlong).getResourceId());
  }

  @Test
  void newlineInjectionReplaced() {
    assertEquals(AuditEvent.INVALID_RESOURCE_ID, eventAbout("abc\nFORGED").getResourceId());
  }

  private static AuditEvent eventAbout(String resourceId) {
    return new AuditEvent(
        1,
        Instant.EPOCH,
        "nurse.jones",
        "CLINICIAN",
        AuditAction.TRANSCRIPT_READ,
        "Conversation",
        resourceId,
        AccessPurpose.TREATMENT,
        AuditOutcome.SUCCESS,
        ClientDetails.SYSTEM);
  }
}

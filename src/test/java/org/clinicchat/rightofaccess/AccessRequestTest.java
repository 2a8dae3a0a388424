package org.clinicchat.rightofaccess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The deadline and extension rules of 45 CFR 164.524(b)(2), on a fixed clock. */
class AccessRequestTest {

  private static final LocalDate RECEIVED = LocalDate.of(2026, 11, 2);

  private static Clock on(LocalDate day) {
    return Clock.fixed(Instant.parse(day + "T12:00:00Z"), ZoneOffset.UTC);
  }

  private static AccessRequest received() {
    return new AccessRequest("conversation-1", RECEIVED, CopyFormat.JSON, "privacy", on(RECEIVED));
  }

  @Test
  void dueThirtyDaysAfterReceipt() {
    assertEquals(LocalDate.of(2026, 12, 2), received().getDueOn());
  }

  @Test
  void newRequestIsOpen() {
    assertEquals(AccessRequestStatus.OPEN, received().getStatus());
  }

  @Test
  void daysRemainingCountsToDeadline() {
    assertEquals(20, received().daysRemaining(on(RECEIVED.plusDays(10))));
  }

  @Test
  void dueDayIsNotOverdue() {
    assertFalse(received().isOverdue(on(RECEIVED.plusDays(30))));
  }

  @Test
  void dayAfterDeadlineIsOverdue() {
    assertTrue(received().isOverdue(on(RECEIVED.plusDays(31))));
  }

  @Test
  void overdueShowsNegativeDays() {
    assertEquals(-1, received().daysRemaining(on(RECEIVED.plusDays(31))));
  }

  @Test
  void fulfilledRequestIsNotOverdue() {
    AccessRequest request = received();
    request.fulfil(on(RECEIVED.plusDays(5)));

    assertFalse(request.isOverdue(on(RECEIVED.plusDays(40))));
  }

  @Test
  void extensionAddsThirtyDays() {
    AccessRequest request = received();

    request.extend("Records are held off site.", on(RECEIVED.plusDays(25)));

    assertEquals(LocalDate.of(2027, 1, 1), request.getDueOn());
  }

  @Test
  void extensionMarksRequestExtended() {
    AccessRequest request = received();

    request.extend("Records are held off site.", on(RECEIVED.plusDays(25)));

    assertEquals(AccessRequestStatus.EXTENDED, request.getStatus());
  }

  @Test
  void secondExtensionRejected() {
    AccessRequest request = received();
    request.extend("Records are held off site.", on(RECEIVED.plusDays(25)));

    InvalidAccessRequestException e =
        assertThrows(
            InvalidAccessRequestException.class,
            () -> request.extend("Still waiting.", on(RECEIVED.plusDays(40))));

    assertTrue(e.getMessage().contains("HIPAA allows one extension only"), e.getMessage());
  }

  @Test
  void secondExtensionKeepsDeadline() {
    AccessRequest request = received();
    request.extend("Records are held off site.", on(RECEIVED.plusDays(25)));

    assertThrows(
        InvalidAccessRequestException.class,
        () -> request.extend("Still waiting.", on(RECEIVED.plusDays(40))));

    assertEquals(LocalDate.of(2027, 1, 1), request.getDueOn());
  }

  @Test
  void extensionAfterDeadlineRejected() {
    AccessRequest request = received();

    assertThrows(
        InvalidAccessRequestException.class,
        () -> request.extend("Records are held off site.", on(RECEIVED.plusDays(31))));
  }

  @Test
  void extensionWithoutReasonRejected() {
    AccessRequest request = received();

    assertThrows(
        InvalidAccessRequestException.class, () -> request.extend("  ", on(RECEIVED.plusDays(5))));
  }

  @Test
  void denialWithoutReasonRejected() {
    AccessRequest request = received();

    assertThrows(
        InvalidAccessRequestException.class, () -> request.deny("", on(RECEIVED.plusDays(5))));
  }

  @Test
  void deniedRequestCannotBeFulfilled() {
    AccessRequest request = received();
    request.deny("Psychotherapy notes are excluded.", on(RECEIVED.plusDays(5)));

    assertThrows(
        InvalidAccessRequestException.class, () -> request.fulfil(on(RECEIVED.plusDays(6))));
  }

  @Test
  void fulfilledRequestCannotBeExtended() {
    AccessRequest request = received();
    request.fulfil(on(RECEIVED.plusDays(5)));

    assertThrows(
        InvalidAccessRequestException.class,
        () -> request.extend("Records are held off site.", on(RECEIVED.plusDays(6))));
  }

  @Test
  void fulfilmentRecordsClosingDay() {
    AccessRequest request = received();

    request.fulfil(on(RECEIVED.plusDays(5)));

    assertEquals(RECEIVED.plusDays(5), request.getClosedOn());
  }

  @Test
  void futureReceiptRejected() {
    assertThrows(
        InvalidAccessRequestException.class,
        () ->
            new AccessRequest(
                "conversation-1", RECEIVED.plusDays(1), CopyFormat.TEXT, "privacy", on(RECEIVED)));
  }

  @Test
  void missingFormatRejected() {
    assertThrows(
        InvalidAccessRequestException.class,
        () -> new AccessRequest("conversation-1", RECEIVED, null, "privacy", on(RECEIVED)));
  }
}

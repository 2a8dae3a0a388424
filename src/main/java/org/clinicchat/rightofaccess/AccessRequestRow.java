package org.clinicchat.rightofaccess;

import java.time.Clock;
import java.time.LocalDate;

/**
 * One line of the register as the page shows it, with the days left counted on the register's
 * clock.
 *
 * @param daysRemaining days from today to the deadline, negative once it has passed
 * @param overdue whether the request still waits for a response after its deadline
 * @param reason the extension or denial reason, or null
 */
public record AccessRequestRow(
    String id,
    String patientReference,
    LocalDate receivedOn,
    CopyFormat format,
    AccessRequestStatus status,
    LocalDate dueOn,
    long daysRemaining,
    boolean overdue,
    String reason) {

  static AccessRequestRow of(AccessRequest request, Clock clock) {
    return new AccessRequestRow(
        request.getId(),
        request.getPatientReference(),
        request.getReceivedOn(),
        request.getFormat(),
        request.getStatus(),
        request.getDueOn(),
        request.daysRemaining(clock),
        request.isOverdue(clock),
        request.getDenialReason() != null
            ? request.getDenialReason()
            : request.getExtensionReason());
  }

  /** Returns whether the request still waits for a response. */
  public boolean pending() {
    return status.isPending();
  }
}

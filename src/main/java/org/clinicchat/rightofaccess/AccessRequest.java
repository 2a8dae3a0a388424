package org.clinicchat.rightofaccess;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

/**
 * A patient's request for a copy of their records, and the rules of 45 CFR 164.524(b)(2): the
 * response is due 30 days after receipt, and one extension of 30 more days is allowed, with a
 * written reason given before the first deadline. The patient is named by the opaque id the product
 * has (a conversation id or a visitor pseudonym). Dates are UTC days of the clock passed in.
 */
@Entity
@Cacheable(false)
@Table(
    name = "access_request",
    indexes = @Index(name = "access_request_due", columnList = "status, due_on"))
public class AccessRequest {

  /** Days from receipt to the deadline. */
  static final int RESPONSE_DAYS = 30;

  /** Days the one extension adds to the deadline. */
  static final int EXTENSION_DAYS = 30;

  /** The recorder of requests that patients fulfilled themselves through their own download. */
  static final String SELF_SERVICE_RECORDER = "patient self-service";

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "patient_reference", nullable = false, length = 100)
  private String patientReference;

  @Column(name = "received_on", nullable = false)
  private LocalDate receivedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "copy_format", nullable = false, length = 20)
  private CopyFormat format;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AccessRequestStatus status;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "extension_reason", columnDefinition = "TEXT")
  private String extensionReason;

  @Column(name = "denial_reason", columnDefinition = "TEXT")
  private String denialReason;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, columnDefinition = "DATETIME(6) NOT NULL")
  private Instant recordedAt;

  @Version private long version;

  protected AccessRequest() {}

  /**
   * Records a request received on a day that is not after today.
   *
   * @throws InvalidAccessRequestException if a value is missing or the day is in the future
   */
  AccessRequest(
      String patientReference,
      LocalDate receivedOn,
      CopyFormat format,
      String recordedBy,
      Clock clock) {
    if (receivedOn == null) {
      throw new InvalidAccessRequestException(
          "Received: the date is missing. Enter the day the request was received.");
    }
    if (receivedOn.isAfter(today(clock))) {
      throw new InvalidAccessRequestException(
          "Received: " + receivedOn + " is in the future. Enter the day the request was received.");
    }
    if (format == null) {
      throw new InvalidAccessRequestException(
          "Format: missing. Choose how the patient wants the copy.");
    }
    this.id = UUID.randomUUID().toString();
    this.patientReference = patientReference;
    this.receivedOn = receivedOn;
    this.format = format;
    this.status = AccessRequestStatus.OPEN;
    this.dueOn = receivedOn.plusDays(RESPONSE_DAYS);
    this.recordedBy = recordedBy;
    this.recordedAt = Instant.now(clock);
  }

  /**
   * Extends the deadline by 30 days, once, before it passes.
   *
   * @throws InvalidAccessRequestException if the request is closed, was extended already or is
   *     overdue, or the reason is missing
   */
  void extend(String reason, Clock clock) {
    requirePending();
    if (extensionReason != null) {
      throw new InvalidAccessRequestException(
          "This request was extended once already, and HIPAA allows one extension only: fulfil"
              + " or deny it by "
              + dueOn
              + ".");
    }
    if (today(clock).isAfter(dueOn)) {
      throw new InvalidAccessRequestException(
          "The deadline of "
              + dueOn
              + " has passed: an extension must be given before it. Fulfil or deny the request.");
    }
    extensionReason = AccessRequestText.requireReason(reason, "Extension reason");
    dueOn = dueOn.plusDays(EXTENSION_DAYS);
    status = AccessRequestStatus.EXTENDED;
  }

  /**
   * Denies the request with a written reason.
   *
   * @throws InvalidAccessRequestException if the request is closed or the reason is missing
   */
  void deny(String reason, Clock clock) {
    requirePending();
    denialReason = AccessRequestText.requireReason(reason, "Denial reason");
    status = AccessRequestStatus.DENIED;
    closedOn = today(clock);
  }

  /**
   * Records a request that the patient made and received at once, through the patient's own
   * download after an identity check, so the register lists every copy given.
   */
  static AccessRequest selfServed(String visitor, CopyFormat format, Clock clock) {
    AccessRequest request =
        new AccessRequest(visitor, today(clock), format, SELF_SERVICE_RECORDER, clock);
    request.fulfil(clock);
    return request;
  }

  /**
   * Marks the request fulfilled today.
   *
   * @throws InvalidAccessRequestException if the request is closed
   */
  void fulfil(Clock clock) {
    requirePending();
    status = AccessRequestStatus.FULFILLED;
    closedOn = today(clock);
  }

  /** Returns the days from today to the deadline; negative once it has passed. */
  long daysRemaining(Clock clock) {
    return ChronoUnit.DAYS.between(today(clock), dueOn);
  }

  /** Returns whether the request still waits for a response after its deadline. */
  boolean isOverdue(Clock clock) {
    return status.isPending() && today(clock).isAfter(dueOn);
  }

  private void requirePending() {
    if (!status.isPending()) {
      throw new InvalidAccessRequestException(
          "This request is " + status.name().toLowerCase(Locale.ROOT) + " already.");
    }
  }

  static LocalDate today(Clock clock) {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  public String getId() {
    return id;
  }

  public String getPatientReference() {
    return patientReference;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public CopyFormat getFormat() {
    return format;
  }

  public AccessRequestStatus getStatus() {
    return status;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public String getExtensionReason() {
    return extensionReason;
  }

  public String getDenialReason() {
    return denialReason;
  }

  public LocalDate getClosedOn() {
    return closedOn;
  }

  public String getRecordedBy() {
    return recordedBy;
  }
}

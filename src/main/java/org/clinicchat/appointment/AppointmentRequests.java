package org.clinicchat.appointment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The JSON bodies of the appointment API, and the parsing of their dates. */
public final class AppointmentRequests {

  private AppointmentRequests() {}

  /** A visitor's details, to which a one-time code is emailed. */
  public record IdentityCheckRequest(
      @NotBlank(message = "name must not be empty.")
          @Size(max = 200, message = "name must be at most 200 characters.")
          String name,
      @NotBlank(message = "dateOfBirth must not be empty.") String dateOfBirth,
      @NotBlank(message = "email must not be empty.")
          @Size(max = 254, message = "email must be at most 254 characters.")
          String email) {}

  /** The same details and the code from the email. */
  public record ConfirmationRequest(
      @NotBlank(message = "name must not be empty.")
          @Size(max = 200, message = "name must be at most 200 characters.")
          String name,
      @NotBlank(message = "dateOfBirth must not be empty.") String dateOfBirth,
      @NotBlank(message = "email must not be empty.")
          @Size(max = 254, message = "email must be at most 254 characters.")
          String email,
      @NotBlank(message = "code must not be empty.")
          @Size(max = 12, message = "code must be at most 12 characters.")
          String code) {}

  /** A booking of an offered slot. */
  public record BookingRequest(
      @NotBlank(message = "identityCheck must not be empty.")
          @Size(max = 36, message = "identityCheck must be at most 36 characters.")
          String identityCheck,
      @NotBlank(message = "provider must not be empty.")
          @Size(max = 40, message = "provider must be at most 40 characters.")
          String provider,
      @NotBlank(message = "visitType must not be empty.")
          @Size(max = 40, message = "visitType must be at most 40 characters.")
          String visitType,
      @NotBlank(message = "start must not be empty.") String start,
      @NotBlank(message = "reason must not be empty.")
          @Size(
              max = AppointmentBook.MAX_REASON_LENGTH,
              message =
                  "reason must be at most " + AppointmentBook.MAX_REASON_LENGTH + " characters.")
          String reason) {}

  /** A move of a booked appointment to another start. */
  public record RescheduleRequest(
      @NotBlank(message = "identityCheck must not be empty.")
          @Size(max = 36, message = "identityCheck must be at most 36 characters.")
          String identityCheck,
      @NotBlank(message = "start must not be empty.") String start) {}

  /** A request that names only the confirmed identity check. */
  public record CheckedRequest(
      @NotBlank(message = "identityCheck must not be empty.")
          @Size(max = 36, message = "identityCheck must be at most 36 characters.")
          String identityCheck) {}

  /**
   * Parses a date of birth written as {@code YYYY-MM-DD}.
   *
   * @throws InvalidAppointmentRequestException if it is malformed or not a date, such as February
   *     30
   */
  static LocalDate dateOfBirth(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeException e) {
      throw new InvalidAppointmentRequestException(
          "dateOfBirth must be a calendar date written as YYYY-MM-DD.");
    }
  }

  /**
   * Parses a start written as an ISO-8601 instant with an offset, such as {@code
   * 2026-12-08T19:00:00Z} or {@code 2026-12-08T14:00:00-05:00}.
   *
   * @throws InvalidAppointmentRequestException if it is malformed or not a date
   */
  static Instant start(String text) {
    try {
      return OffsetDateTime.parse(text.strip()).toInstant();
    } catch (DateTimeException e) {
      throw new InvalidAppointmentRequestException(
          "start must be a date and time with its offset, such as 2026-12-08T19:00:00Z.");
    }
  }
}

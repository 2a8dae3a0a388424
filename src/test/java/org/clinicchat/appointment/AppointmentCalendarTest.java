package org.clinicchat.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The iCalendar text of an appointment and the confirmation email's text. */
class AppointmentCalendarTest {

  private static final Instant START = Instant.parse("2026-12-08T19:00:00Z");
  private static final BookedAppointment BOOKED =
      new BookedAppointment(
          "7K3M9QTX",
          AppointmentStatus.BOOKED,
          START,
          START.plusSeconds(1800),
          "Tuesday, December 8, 2026, 2:00 PM EST (America/New_York)",
          "Check-up",
          "Dr. Ana Rivera",
          "Riverside Clinic",
          "100 River Street; Suite 4, Springfield",
          "a1b2");

  private static String ics(String method) {
    return AppointmentCalendar.write(BOOKED, method, 7, Instant.parse("2026-12-04T19:00:00Z"));
  }

  @Test
  void startAndEndInUtc() {
    String ics = ics(AppointmentCalendar.PUBLISH);

    assertTrue(ics.contains("\r\nDTSTART:20261208T190000Z\r\n"), ics);
    assertTrue(ics.contains("\r\nDTEND:20261208T193000Z\r\n"), ics);
  }

  @Test
  void uidIsReference() {
    assertTrue(ics(AppointmentCalendar.PUBLISH).contains("\r\nUID:7K3M9QTX@clinicchat\r\n"));
  }

  @Test
  void locationEscaped() {
    assertTrue(
        ics(AppointmentCalendar.PUBLISH)
            .contains("LOCATION:Riverside Clinic\\, 100 River Street\\; Suite 4\\, Springfield"));
  }

  @Test
  void cancellationMarkedCancelled() {
    String ics = ics(AppointmentCalendar.CANCEL);

    assertTrue(ics.contains("\r\nMETHOD:CANCEL\r\n"), ics);
    assertTrue(ics.contains("\r\nSTATUS:CANCELLED\r\n"), ics);
  }

  @Test
  void longLinesFolded() {
    BookedAppointment longName =
        new BookedAppointment(
            "7K3M9QTX",
            AppointmentStatus.BOOKED,
            START,
            START.plusSeconds(1800),
            "",
            "Check-up",
            "Dra. María José Fernández de la Peña y Ñúñez-Castellanos Olvidó",
            "Clínica",
            "Calle",
            "a1b2");

    String ics = AppointmentCalendar.write(longName, AppointmentCalendar.PUBLISH, 1, START);

    int longest =
        Arrays.stream(ics.split("\r\n"))
            .mapToInt(line -> line.getBytes(StandardCharsets.UTF_8).length)
            .max()
            .orElseThrow();
    assertTrue(longest <= 75, ics);
    assertTrue(ics.replace("\r\n ", "").contains("Ñúñez-Castellanos Olvidó"), ics);
  }

  @Test
  void emailNamesTimeZoneAndPlace() {
    String text = AppointmentConfirmations.text(BOOKED, AppointmentConfirmations.Change.BOOKED);

    assertEquals(
        "Your appointment is booked.\n\nReference: 7K3M9QTX\n"
            + "When: Tuesday, December 8, 2026, 2:00 PM EST (America/New_York)\n"
            + "With: Dr. Ana Rivera (Check-up)\n"
            + "Where: Riverside Clinic, 100 River Street; Suite 4, Springfield\n\n"
            + "To move or cancel it, quote the reference in the chat or call the front desk.\n",
        text);
  }

  @Test
  void calendarHasNoDescription() {
    assertFalse(ics(AppointmentCalendar.PUBLISH).contains("DESCRIPTION"));
  }
}

package org.clinicchat.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.clinicchat.safety.Language;
import org.junit.jupiter.api.Test;

/**
 * The checks of a start a patient chose, and the choice of offered slots, on a schedule in New York
 * read on Friday, December 4, 2026 at 14:00 local time.
 */
class SlotRulesTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final Instant NOW = Instant.parse("2026-12-04T19:00:00Z");
  private static final VisitType CHECKUP = new VisitType("checkup", "Check-up", 30, List.of());
  private static final VisitType SHOT = new VisitType("shot", "Vaccination", 15, List.of());
  private static final Provider RIVERA =
      new Provider("rivera", "Dr. Ana Rivera", "main", List.of("checkup"));
  private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 8);
  private static final ClinicSchedule SCHEDULE =
      new ClinicSchedule(
          15,
          List.of(new Location("main", "Main", "1 Main St")),
          List.of(CHECKUP, SHOT),
          List.of(RIVERA),
          List.of(
              new WeeklyHours("rivera", DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
              new WeeklyHours(
                  "rivera", DayOfWeek.TUESDAY, LocalTime.of(13, 0), LocalTime.of(17, 0))),
          List.of(
              new Closure(null, LocalDate.of(2026, 12, 22), LocalDate.of(2026, 12, 22), "Closed")));

  private static Instant local(LocalDate day, int hour, int minute) {
    return day.atTime(hour, minute).atZone(NEW_YORK).toInstant();
  }

  private static Slot require(VisitType type, Instant start) {
    return SlotRules.require(SCHEDULE, NEW_YORK, RIVERA, type, start, NOW);
  }

  @Test
  void offeredStartAccepted() {
    Slot slot = require(CHECKUP, local(TUESDAY, 9, 15));

    assertEquals(local(TUESDAY, 9, 45), slot.end());
  }

  @Test
  void pastStartRejected() {
    InvalidAppointmentRequestException e =
        assertThrows(
            InvalidAppointmentRequestException.class,
            () -> require(CHECKUP, local(LocalDate.of(2026, 12, 1), 9, 0)));

    assertEquals("This time has passed. Choose a later one.", e.getMessage());
  }

  @Test
  void lunchBreakRejected() {
    InvalidAppointmentRequestException e =
        assertThrows(
            InvalidAppointmentRequestException.class,
            () -> require(CHECKUP, local(TUESDAY, 12, 0)));

    assertEquals(
        "This time is outside Dr. Ana Rivera's hours or off the 15-minute grid. Choose one of the"
            + " offered times.",
        e.getMessage());
  }

  @Test
  void visitRunningPastClosingRejected() {
    assertThrows(
        InvalidAppointmentRequestException.class, () -> require(CHECKUP, local(TUESDAY, 11, 45)));
  }

  @Test
  void offGridStartRejected() {
    assertThrows(
        InvalidAppointmentRequestException.class, () -> require(CHECKUP, local(TUESDAY, 9, 10)));
  }

  @Test
  void dayWithoutHoursRejected() {
    assertThrows(
        InvalidAppointmentRequestException.class,
        () -> require(CHECKUP, local(LocalDate.of(2026, 12, 9), 9, 0)));
  }

  @Test
  void holidayRejected() {
    InvalidAppointmentRequestException e =
        assertThrows(
            InvalidAppointmentRequestException.class,
            () -> require(CHECKUP, local(LocalDate.of(2026, 12, 22), 9, 0)));

    assertEquals(
        "Dr. Ana Rivera does not see patients on 2026-12-22. Choose another day.", e.getMessage());
  }

  @Test
  void visitTypeNotOfferedRejected() {
    InvalidAppointmentRequestException e =
        assertThrows(
            InvalidAppointmentRequestException.class, () -> require(SHOT, local(TUESDAY, 9, 0)));

    assertEquals("Dr. Ana Rivera does not offer Vaccination visits.", e.getMessage());
  }

  @Test
  void finderKeepsPartOfDay() {
    SlotQuery afternoon = new SlotQuery(CHECKUP, null, TUESDAY, TUESDAY, DayPart.AFTERNOON, null);

    List<Slot> slots = new SlotFinder(SCHEDULE, NEW_YORK).find(afternoon, NOW, slot -> true, 3);

    assertEquals(
        List.of(local(TUESDAY, 13, 0), local(TUESDAY, 13, 15), local(TUESDAY, 13, 30)),
        slots.stream().map(Slot::start).toList());
  }

  @Test
  void finderPutsNearestTimeFirst() {
    SlotQuery atThree =
        new SlotQuery(CHECKUP, RIVERA, TUESDAY, TUESDAY, DayPart.ANY, LocalTime.of(15, 0));

    List<Slot> slots = new SlotFinder(SCHEDULE, NEW_YORK).find(atThree, NOW, slot -> true, 3);

    assertEquals(local(TUESDAY, 15, 0), slots.getFirst().start());
  }

  @Test
  void finderSkipsTakenSlots() {
    Instant taken = local(TUESDAY, 9, 0);
    SlotQuery morning = new SlotQuery(CHECKUP, RIVERA, TUESDAY, TUESDAY, DayPart.MORNING, null);

    List<Slot> slots =
        new SlotFinder(SCHEDULE, NEW_YORK)
            .find(morning, NOW, slot -> !slot.start().equals(taken), 1);

    assertEquals(local(TUESDAY, 9, 15), slots.getFirst().start());
  }

  @Test
  void finderSkipsPastSlots() {
    Instant tuesdayTen = local(TUESDAY, 10, 0);
    SlotQuery day = new SlotQuery(CHECKUP, RIVERA, TUESDAY, TUESDAY, DayPart.ANY, null);

    List<Slot> slots = new SlotFinder(SCHEDULE, NEW_YORK).find(day, tuesdayTen, slot -> true, 1);

    assertEquals(local(TUESDAY, 10, 15), slots.getFirst().start());
  }

  @Test
  void offerWithoutSlotsAsksForAnotherDay() {
    SlotQuery query = new SlotQuery(CHECKUP, RIVERA, TUESDAY, TUESDAY, DayPart.EVENING, null);

    String text =
        OfferText.write(
            SCHEDULE,
            NEW_YORK,
            Language.ENGLISH,
            query,
            List.of(),
            new SlotFinder(SCHEDULE, NEW_YORK),
            "");

    assertEquals(
        "There are no open times for a Check-up with Dr. Ana Rivera then. Which other day suits"
            + " you?",
        text);
  }

  @Test
  void offerSaysRequestedTimeIsTaken() {
    SlotQuery query =
        new SlotQuery(CHECKUP, RIVERA, TUESDAY, TUESDAY, DayPart.ANY, LocalTime.of(12, 0));
    SlotFinder finder = new SlotFinder(SCHEDULE, NEW_YORK);
    List<Slot> slots = finder.find(query, NOW, slot -> true, 1);

    String text = OfferText.write(SCHEDULE, NEW_YORK, Language.ENGLISH, query, slots, finder, "");

    assertEquals(
        "That time is not open; these are the nearest. Open times for a Check-up (30 min):\n"
            + "1. Tuesday, December 8, 2026, 11:30 AM EST (America/New_York), with Dr. Ana Rivera,"
            + " at Main",
        text);
  }

  @Test
  void startWithoutOffsetRejected() {
    InvalidAppointmentRequestException e =
        assertThrows(
            InvalidAppointmentRequestException.class,
            () -> AppointmentRequests.start("2026-12-08T09:00"));

    assertEquals(
        "start must be a date and time with its offset, such as 2026-12-08T19:00:00Z.",
        e.getMessage());
  }

  @Test
  void startWithOffsetAccepted() {
    assertEquals(
        Instant.parse("2026-12-08T14:00:00Z"),
        AppointmentRequests.start("2026-12-08T09:00:00-05:00"));
  }

  @Test
  void referenceShape() {
    String reference = References.next();

    assertTrue(References.isWellFormed(reference), reference);
    assertFalse(References.isWellFormed("ABCDEFGI"));
  }
}

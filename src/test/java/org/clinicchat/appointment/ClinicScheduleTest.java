package org.clinicchat.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks a schedule document must pass, and the demo clinic's document. */
class ClinicScheduleTest {

  private static final Location MAIN = new Location("main", "Main", "1 Main St");
  private static final VisitType CHECKUP = new VisitType("checkup", "Check-up", 30, List.of());
  private static final Provider RIVERA =
      new Provider("rivera", "Dr. Rivera", "main", List.of("checkup"));

  @Test
  void writtenDocumentParsesToSameSchedule() {
    ClinicSchedule demo = ScheduleDocuments.parse(ScheduleDocuments.demo());

    assertEquals(demo, ScheduleDocuments.parse(ScheduleDocuments.write(demo)));
  }

  @Test
  void visitLengthOffGridRejected() {
    VisitType odd = new VisitType("odd", "Odd", 25, List.of());

    InvalidScheduleException e =
        assertThrows(
            InvalidScheduleException.class,
            () ->
                new ClinicSchedule(
                    15,
                    List.of(MAIN),
                    List.of(CHECKUP, odd),
                    List.of(RIVERA),
                    List.of(),
                    List.of()));

    assertEquals("Visit type odd lasts 25 minutes, not a multiple of 15", e.getMessage());
  }

  @Test
  void unknownLocationRejected() {
    Provider provider = new Provider("rivera", "Dr. Rivera", "annex", List.of("checkup"));

    InvalidScheduleException e =
        assertThrows(
            InvalidScheduleException.class,
            () ->
                new ClinicSchedule(
                    15, List.of(MAIN), List.of(CHECKUP), List.of(provider), List.of(), List.of()));

    assertEquals("The schedule names an unknown id: annex", e.getMessage());
  }

  @Test
  void hoursOfUnknownProviderRejected() {
    WeeklyHours hours =
        new WeeklyHours("nobody", DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0));

    InvalidScheduleException e =
        assertThrows(
            InvalidScheduleException.class,
            () ->
                new ClinicSchedule(
                    15,
                    List.of(MAIN),
                    List.of(CHECKUP),
                    List.of(RIVERA),
                    List.of(hours),
                    List.of()));

    assertEquals("The schedule names an unknown id: nobody", e.getMessage());
  }

  @Test
  void closingBeforeOpeningRejected() {
    assertThrows(
        InvalidScheduleException.class,
        () -> new WeeklyHours("rivera", DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(9, 0)));
  }

  @Test
  void closureEndingBeforeStartRejected() {
    LocalDate day = LocalDate.of(2026, 12, 24);

    assertThrows(
        InvalidScheduleException.class, () -> new Closure(null, day, day.minusDays(1), "Typo"));
  }

  @Test
  void providerIdWithSpacesRejected() {
    assertThrows(
        InvalidScheduleException.class,
        () -> new Provider("dr rivera", "Dr. Rivera", "main", List.of("checkup")));
  }

  @Test
  void scheduleWithoutProviderRejected() {
    InvalidScheduleException e =
        assertThrows(
            InvalidScheduleException.class,
            () ->
                new ClinicSchedule(
                    15, List.of(MAIN), List.of(CHECKUP), List.of(), List.of(), List.of()));

    assertEquals(
        "The schedule needs at least one location, one visit type and one provider.",
        e.getMessage());
  }

  @Test
  void demoScheduleParses() {
    ClinicSchedule demo = ScheduleDocuments.parse(ScheduleDocuments.demo());

    assertEquals(3, demo.providers().size());
  }
}

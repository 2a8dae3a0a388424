package org.clinicchat.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicchat.testing.Browser;
import org.clinicchat.testing.Deployments;
import org.clinicchat.testing.Markers;
import org.clinicchat.testing.PatientClient;
import org.clinicchat.testing.PatientClient.Reply;
import org.clinicchat.testing.StaffFixtures;
import org.clinicchat.testing.StaffFixtures.Account;
import org.clinicchat.testing.StaffSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The staff calendar over HTTP: which roles see it and the reason for the visit, that each view is
 * audited, and that the front desk's booking and cancellation for a patient work and email the
 * patient, the cancellation freeing the slot. Patients book through the appointment API after an
 * identity check whose code a GreenMail server in the test receives.
 */
@ExtendWith(ArquillianExtension.class)
class StaffCalendarIT {

  private static final ZoneId CLINIC_ZONE = ZoneId.of("America/New_York");
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final String PATIENT_NAME = "Robin Calendar";
  private static final String VIEWED = ",APPOINTMENT_CALENDAR_VIEWED,";
  private static final String DATE_OF_BIRTH = "1980-02-29";
  private static final Pattern BOOKED = Pattern.compile("Appointment ([0-9A-Z]{8}) is booked");

  private static final PatientClient CLIENT = new PatientClient();
  private static Mailbox smtp;
  private static String reason;
  private static Booking booked;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.clinicChat();
  }

  @BeforeAll
  static void bookAppointment() {
    try (Browser setup = Browser.start()) {
      StaffFixtures.ensureAccounts(
          setup, StaffFixtures.FRONT_DESK, StaffFixtures.CLINICIAN, StaffFixtures.AUDITOR);
    }
    int port = Integer.parseInt(System.getenv("CLINICCHAT_MAIL_SMTP_PORT"));
    smtp = new Mailbox(port);
    reason = Markers.unique("Calendar rash");
    booked = book(freeSlots().getFirst(), reason);
  }

  @AfterAll
  static void stopSmtp() {
    smtp.close();
  }

  @Test
  void auditorForbidden() {
    HttpResponse<String> page = session(StaffFixtures.AUDITOR).get(calendarPath(booked));

    assertEquals(403, page.statusCode());
  }

  @Test
  void frontDeskSeesNoReason() {
    HttpResponse<String> page = session(StaffFixtures.FRONT_DESK).get(calendarPath(booked));

    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains(booked.reference()), "the appointment is listed");
    assertTrue(page.body().contains(PATIENT_NAME), "the patient is named");
    assertTrue(page.body().contains("(America/New_York)"), "the clinic zone is named");
    assertFalse(page.body().contains(reason), "the reason is not shown to the front desk");
  }

  @Test
  void weekViewNavigates() {
    LocalDate day = day(booked);
    LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

    String page = session(StaffFixtures.FRONT_DESK).get(calendarPath(booked) + "&span=week").body();

    assertTrue(page.contains(booked.reference()), "the appointment is listed in its week");
    assertTrue(page.contains("Week of "), page);
    assertTrue(page.contains("?date=" + monday.plusWeeks(1) + "&amp;span=week"), "next week");
    assertTrue(page.contains("?date=" + monday.minusWeeks(1) + "&amp;span=week"), "previous week");
  }

  @Test
  void frontDeskCannotOpenReasons() {
    HttpResponse<String> page =
        session(StaffFixtures.FRONT_DESK).get(calendarPath(booked).replace("index", "clinical"));

    assertEquals(403, page.statusCode());
  }

  @Test
  void clinicianSeesReason() {
    HttpResponse<String> page =
        session(StaffFixtures.CLINICIAN).get(calendarPath(booked).replace("index", "clinical"));

    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains(booked.reference()), "the appointment is listed");
    assertTrue(page.body().contains(reason), "the reason is shown to the clinician");
  }

  @Test
  void viewAudited() {
    String resource = "DAY-" + day(booked);
    long before = viewEvents(resource);

    session(StaffFixtures.FRONT_DESK).get(calendarPath(booked));

    assertEquals(before + 1, viewEvents(resource));
  }

  @Test
  void cancelFreesSlot() throws MessagingException {
    JsonObject slot = freeSlots().getFirst();
    Booking cancelled = book(slot, "Follow-up");

    HttpResponse<String> outcome =
        submitForm(
            "admin/calendar/cancel.xhtml?reference=" + cancelled.reference(),
            Map.of(
                "cancel",
                "cancel",
                "reference",
                cancelled.reference(),
                "cancel:confirm",
                "Cancel the appointment"));

    assertEquals(200, outcome.statusCode());
    assertTrue(outcome.body().contains("is cancelled and its slot is free again"), outcome::body);
    assertEquals(
        "Appointment cancelled " + cancelled.reference(),
        smtp.emailWithSubject(cancelled.email(), "Appointment cancelled " + cancelled.reference())
            .getSubject());
    Reply rebooked = bookReply(verifiedPatient(), slot, "Check-up");
    assertEquals(201, rebooked.status(), rebooked.body());
  }

  @Test
  void frontDeskBooksForPatient() throws MessagingException {
    Patient patient = verifiedPatient();
    JsonObject slot = freeSlots().getFirst();
    String start =
        Instant.parse(slot.getString("start"))
            .atZone(CLINIC_ZONE)
            .toLocalDateTime()
            .format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm"));

    HttpResponse<String> outcome =
        submitForm(
            "admin/calendar/book.xhtml",
            Map.of(
                "book",
                "book",
                "book:contact",
                patient.email(),
                "book:name",
                PATIENT_NAME,
                "book:dateOfBirth",
                DATE_OF_BIRTH,
                "book:provider",
                slot.getString("provider"),
                "book:visitType",
                slot.getString("visitType"),
                "book:start",
                start,
                "book:reason",
                "Booked by phone",
                "book:submit",
                "Book the appointment"));

    Matcher reference = BOOKED.matcher(outcome.body());
    assertTrue(reference.find(), outcome::body);
    String subject = "Appointment booked " + reference.group(1);
    assertEquals(subject, smtp.emailWithSubject(patient.email(), subject).getSubject());
  }

  /**
   * Opens a form page as the front desk and posts the fields with the page's view state to the
   * page's path without its query.
   */
  private static HttpResponse<String> submitForm(String page, Map<String, String> fields) {
    StaffSession frontDesk = session(StaffFixtures.FRONT_DESK);
    Matcher viewState = VIEW_STATE.matcher(frontDesk.get(page).body());
    assertTrue(viewState.find(), () -> "no form on " + page);
    Map<String, String> form = new HashMap<>(fields);
    form.put("jakarta.faces.ViewState", viewState.group(1));
    return frontDesk.post(page.replaceFirst("\\?.*", ""), form);
  }

  private static StaffSession session(Account account) {
    return StaffSession.signedIn(account.username(), account.password());
  }

  private static String calendarPath(Booking booking) {
    return "admin/calendar/index.xhtml?date=" + day(booking);
  }

  private static LocalDate day(Booking booking) {
    return booking.start().atZone(CLINIC_ZONE).toLocalDate();
  }

  /** Returns how many calendar views without reasons the audit trail records for a range. */
  private static long viewEvents(String resource) {
    String csv =
        session(StaffFixtures.AUDITOR)
            .get("admin/audit/export?format=csv&resource=" + resource)
            .body();
    return csv.lines().filter(line -> line.contains(VIEWED)).count();
  }

  private static Booking book(JsonObject slot, String reason) {
    Patient patient = verifiedPatient();
    Reply reply = bookReply(patient, slot, reason);
    assertEquals(201, reply.status(), reply.body());
    return new Booking(
        reply.json().getString("reference"),
        Instant.parse(reply.json().getString("start")),
        patient.email());
  }

  private static Reply bookReply(Patient patient, JsonObject slot, String reason) {
    return CLIENT.post(
        "api/appointments",
        patient.token(),
        Mailbox.json(
            "identityCheck", patient.check(),
            "provider", slot.getString("provider"),
            "visitType", slot.getString("visitType"),
            "start", slot.getString("start"),
            "reason", reason));
  }

  private static List<JsonObject> freeSlots() {
    Reply reply =
        CLIENT.get("api/appointments/slots?visitType=checkup&provider=chen", CLIENT.agree());
    assertEquals(200, reply.status(), reply.body());
    return reply.json().getJsonArray("slots").getValuesAs(JsonObject.class);
  }

  /** Agrees to the notice, and confirms a new patient's identity with the emailed code. */
  private static Patient verifiedPatient() {
    String token = CLIENT.agree();
    String email = "patient-" + UUID.randomUUID() + "@example.org";
    Reply started =
        CLIENT.post(
            "api/appointments/identity-checks",
            token,
            Mailbox.json("name", PATIENT_NAME, "dateOfBirth", DATE_OF_BIRTH, "email", email));
    assertEquals(201, started.status(), started.body());
    String check = started.json().getString("id");
    Reply confirmed =
        CLIENT.post(
            "api/appointments/identity-checks/" + check + "/confirmation",
            token,
            Mailbox.json(
                "name",
                PATIENT_NAME,
                "dateOfBirth",
                DATE_OF_BIRTH,
                "email",
                email,
                "code",
                smtp.codeSentTo(email)));
    assertEquals(200, confirmed.status(), confirmed.body());
    return new Patient(token, check, email);
  }

  private record Patient(String token, String check, String email) {}

  private record Booking(String reference, Instant start, String email) {}
}

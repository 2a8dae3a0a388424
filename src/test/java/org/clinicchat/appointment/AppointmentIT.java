package org.clinicchat.appointment;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.AuditEvent;
import org.clinicchat.audit.AuditOutcome;
import org.clinicchat.testing.Deployments;
import org.clinicchat.testing.PatientClient;
import org.clinicchat.testing.PatientClient.Reply;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The appointment API end to end, called over loopback TLS from inside the server, so that the
 * tests can also read the stored rows and audit events. Identity checks read their code from a real
 * SMTP server (GreenMail, started inside the server on the port the test instance sends to). The
 * tests cover booking, rescheduling and cancelling, encryption and audit, bad input, the chat's
 * slot offer, and 50 patients racing for one slot. Every patient has a unique email address,
 * because the test database keeps its rows between runs.
 */
@ExtendWith(ArquillianExtension.class)
class AppointmentIT {

  private static final int RACERS = 50;
  private static final String UNAVAILABLE =
      "This time is no longer available. Choose one of the alternatives.";

  @PersistenceContext EntityManager entityManager;

  @Inject PatientAppointments patientAppointments;

  @Inject AppointmentReminders reminders;

  /** The request of the Arquillian test runner, whose local port is the TLS listener's. */
  @Inject HttpServletRequest runnerRequest;

  private Mailbox smtp;
  private PatientClient client;

  @Deployment
  static WebArchive deployment() {
    return Deployments.clinicChatWithGreenMail().addClass(Mailbox.class);
  }

  @BeforeEach
  void startSmtp() {
    client = PatientClient.insideServer(runnerRequest.getLocalPort());
    int port = ConfigProvider.getConfig().getValue("clinicchat.mail.smtp.port", Integer.class);
    smtp = new Mailbox(port);
  }

  @AfterEach
  void stopSmtp() {
    smtp.close();
  }

  @Test
  void reasonStoredEncrypted() {
    Patient patient = verifiedPatient();
    String reference =
        book(patient, slots("chen", "checkup", "").getFirst(), "Asthma flare-up")
            .json()
            .getString("reference");

    String stored =
        (String)
            entityManager
                .createNativeQuery("SELECT reason_ciphertext FROM appointment WHERE reference = ?")
                .setParameter(1, reference)
                .getSingleResult();

    assertTrue(stored.startsWith("v2:"), "a v2 ciphertext");
    assertFalse(stored.contains("Asthma"), "no plaintext in the column");
  }

  @Test
  void bookingAudited() {
    Patient patient = verifiedPatient();
    Reply booked = book(patient, slots("chen", "checkup", "").getFirst(), "Check-up");
    String appointmentId = booked.json().getString("appointmentId");

    List<AuditEvent> events =
        entityManager
            .createQuery("SELECT e FROM AuditEvent e WHERE e.resourceId = :id", AuditEvent.class)
            .setParameter("id", appointmentId)
            .getResultList();

    assertEquals(1, events.size());
    assertEquals(AuditAction.APPOINTMENT_BOOKED, events.getFirst().getAction());
    assertEquals(AuditOutcome.SUCCESS, events.getFirst().getOutcome());
  }

  @Test
  void bookRescheduleCancel() {
    Patient patient = verifiedPatient();
    List<JsonObject> slots = slots("rivera", "checkup", "");

    Reply booked = book(patient, slots.get(0), "Knee pain after running");
    assertEquals(201, booked.status(), booked.body());
    String reference = booked.json().getString("reference");
    assertTrue(reference.matches("[0-9A-Z]{8}"), reference);
    assertTrue(booked.json().getString("startText").endsWith("(America/New_York)"));
    assertFalse(booked.body().contains("Knee"), "the reason is never sent back");

    Reply moved =
        client.post(
            "api/appointments/" + reference + "/rescheduling",
            patient.token(),
            body("identityCheck", patient.check(), "start", slots.get(1).getString("start")));
    assertEquals(200, moved.status(), moved.body());
    assertEquals(slots.get(1).getString("start"), moved.json().getString("start"));

    Reply cancelled =
        client.post(
            "api/appointments/" + reference + "/cancellation",
            patient.token(),
            body("identityCheck", patient.check()));
    assertEquals(200, cancelled.status(), cancelled.body());
    assertEquals("CANCELLED", cancelled.json().getString("status"));
  }

  @Test
  void confirmationEmailHasCalendar() throws Exception {
    Patient patient = verifiedPatient();
    Reply booked =
        book(patient, slots("rivera", "checkup", "").getFirst(), "Migraine since Monday");
    String reference = booked.json().getString("reference");

    MimeMessage confirmation =
        smtp.emailWithSubject(patient.email(), "Appointment booked " + reference);

    MimeMultipart parts = (MimeMultipart) confirmation.getContent();
    String text = parts.getBodyPart(0).getContent().toString();
    String calendar = new String(parts.getBodyPart(1).getInputStream().readAllBytes(), UTF_8);
    assertTrue(text.contains("(America/New_York)"), text);
    assertTrue(text.contains("Where: Riverside Clinic, 100 River Street, Springfield"), text);
    assertTrue(parts.getBodyPart(1).getContentType().startsWith("text/calendar"));
    assertTrue(calendar.contains("UID:" + reference + "@clinicchat"), calendar);
    assertFalse(text.contains("Migraine"), "the reason stays out of email");
    assertFalse(calendar.contains("Migraine"), "the reason stays out of the calendar");
  }

  @Test
  void cancelledSlotFreeAgain() {
    Patient first = verifiedPatient();
    JsonObject slot = slots("chen", "checkup", "").getFirst();
    String reference = book(first, slot, "Check-up").json().getString("reference");
    client.post(
        "api/appointments/" + reference + "/cancellation",
        first.token(),
        body("identityCheck", first.check()));

    Reply second = book(verifiedPatient(), slot, "Check-up");

    assertEquals(201, second.status(), second.body());
  }

  @Test
  void fiftyPatientsOneSlot() throws Exception {
    List<Patient> patients = verifiedPatients(RACERS);
    JsonObject slot = slots("okafor", "sick-visit", "").getFirst();

    List<Reply> replies = race(patients, slot);

    List<Reply> won = replies.stream().filter(reply -> reply.status() == 201).toList();
    List<Reply> lost = replies.stream().filter(reply -> reply.status() == 409).toList();
    assertEquals(1, won.size(), () -> statuses(replies));
    assertEquals(RACERS - 1, lost.size(), () -> statuses(replies));
    for (Reply reply : lost) {
      assertEquals(UNAVAILABLE, reply.json().getString("detail"));
      List<String> alternatives =
          reply.json().getJsonArray("alternatives").getValuesAs(JsonObject.class).stream()
              .map(alternative -> alternative.getString("start"))
              .toList();
      assertFalse(alternatives.isEmpty(), reply.body());
      assertFalse(alternatives.contains(slot.getString("start")), reply.body());
    }
    assertEquals(1L, bookedAt(slot), "one stored appointment at the slot");
  }

  /** Returns how many booked appointments of the slot's provider start at its start. */
  private long bookedAt(JsonObject slot) {
    return entityManager
        .createQuery(
            "SELECT COUNT(a) FROM Appointment a WHERE a.providerId = :provider"
                + " AND a.startsAt = :start AND a.status = :booked",
            Long.class)
        .setParameter("provider", slot.getString("provider"))
        .setParameter("start", Instant.parse(slot.getString("start")))
        .setParameter("booked", AppointmentStatus.BOOKED)
        .getSingleResult();
  }

  @Test
  void bookingWithoutIdentityCheck() {
    String token = client.agree();
    JsonObject slot = slots("rivera", "checkup", "").getFirst();

    Reply reply = bookCheckup(token, UUID.randomUUID().toString(), slot.getString("start"));

    assertProblem(
        403,
        "Confirm your identity first: ask for a code, then enter it with your name and date of"
            + " birth.",
        reply);
  }

  @Test
  void checkOfAnotherVisitorRejected() {
    Patient patient = verifiedPatient();
    String stranger = client.agree();
    JsonObject slot = slots("rivera", "checkup", "").getFirst();

    Reply reply = bookCheckup(stranger, patient.check(), slot.getString("start"));

    assertEquals(403, reply.status(), reply.body());
  }

  @Test
  void wrongCodeCountsAttempt() {
    String token = client.agree();
    String email = uniqueEmail();
    String check = startCheck(token, "Maria Lopez", "1980-04-02", email).json().getString("id");

    Reply reply = confirm(token, check, "Maria Lopez", "1980-04-02", email, "000000x");

    assertProblem(
        400, "The code or the details do not match what was sent. Attempts left: 4.", reply);
  }

  @Test
  void wrongBirthDateWithRightCode() {
    String token = client.agree();
    String email = uniqueEmail();
    String check = startCheck(token, "Maria Lopez", "1980-04-02", email).json().getString("id");

    Reply reply = confirm(token, check, "Maria Lopez", "1980-04-03", email, smtp.codeSentTo(email));

    assertProblem(
        400, "The code or the details do not match what was sent. Attempts left: 4.", reply);
  }

  @Test
  void fourthCodeWithinHourRejected() {
    String token = client.agree();
    String email = uniqueEmail();
    for (int i = 0; i < IdentityChecks.MAX_CODES_PER_EMAIL; i++) {
      assertEquals(201, startCheck(token, "Maria Lopez", "1980-04-02", email).status());
    }

    Reply reply = startCheck(token, "Maria Lopez", "1980-04-02", email);

    assertProblem(
        429, "Too many codes were requested. Wait an hour, or call the front desk.", reply);
  }

  @Test
  void impossibleBirthDateRejected() {
    Reply reply = startCheck(client.agree(), "Maria Lopez", "1980-02-30", uniqueEmail());

    assertProblem(400, "dateOfBirth must be a calendar date written as YYYY-MM-DD.", reply);
  }

  @Test
  void referenceOfAnotherPatient() {
    Patient owner = verifiedPatient();
    String reference =
        book(owner, slots("rivera", "checkup", "").getFirst(), "Check-up")
            .json()
            .getString("reference");
    Patient other = verifiedPatient();

    Reply reply =
        client.post(
            "api/appointments/" + reference + "/cancellation",
            other.token(),
            body("identityCheck", other.check()));

    assertProblem(
        404,
        "You have no booked appointment with this reference. Check the reference in your"
            + " confirmation.",
        reply);
    assertEquals(List.of(reference), upcomingReferences(owner), "the owner's booking stays");
  }

  @Test
  void pastStartRejected() {
    Patient patient = verifiedPatient();

    Reply reply = bookCheckup(patient.token(), patient.check(), "2020-03-02T14:00:00Z");

    assertProblem(400, "This time has passed. Choose a later one.", reply);
    assertEquals(List.of(), upcomingReferences(patient), "nothing booked");
  }

  @Test
  void startOutsideHoursRejected() {
    Patient patient = verifiedPatient();
    String start = slots("rivera", "checkup", "").getFirst().getString("start");
    // 08:00 UTC is 3:00 or 4:00 in New York, before Rivera opens at 9:00.
    String night = start.substring(0, 11) + "08:00:00Z";

    Reply reply = bookCheckup(patient.token(), patient.check(), night);

    assertEquals(400, reply.status(), reply.body());
    assertTrue(reply.json().getString("detail").startsWith("This time is outside Dr. Ana Rivera"));
    assertEquals(List.of(), upcomingReferences(patient), "nothing booked");
  }

  private List<String> upcomingReferences(Patient patient) {
    Reply reply =
        client.post(
            "api/appointments/upcoming", patient.token(), body("identityCheck", patient.check()));
    assertEquals(200, reply.status(), reply.body());
    return reply.jsonArray().getValuesAs(JsonObject.class).stream()
        .map(appointment -> appointment.getString("reference"))
        .toList();
  }

  @Test
  void unknownProviderRejected() {
    Reply reply =
        client.get("api/appointments/slots?visitType=checkup&provider=house", client.agree());

    assertProblem(400, "No provider has the id \"house\".", reply);
  }

  @Test
  void nonexistentDateRejected() {
    Reply reply =
        client.get("api/appointments/slots?visitType=checkup&when=February%2030", client.agree());

    assertProblem(
        400, "\"february 30\" is not a date on the calendar. Which day do you mean?", reply);
  }

  @Test
  void spanishWordsFindFriday() {
    Reply reply =
        client.get(
            "api/appointments/slots?visitType=checkup&when=el%20viernes&language=es",
            client.agree());

    assertEquals(200, reply.status(), reply.body());
    for (JsonObject slot : reply.json().getJsonArray("slots").getValuesAs(JsonObject.class)) {
      assertTrue(slot.getString("startText").startsWith("viernes"), slot.toString());
    }
  }

  @Test
  void chatOffersSlots() {
    String token = client.agree();
    String conversation = client.startConversation(token);

    Reply reply =
        client.send(token, conversation, "Can I book an appointment with Dr. Rivera next Tuesday?");

    String text = reply.json().getJsonObject("reply").getString("text");
    assertTrue(text.contains("with Dr. Ana Rivera"), text);
    assertTrue(text.contains("(America/New_York)"), text);
  }

  private List<Reply> race(List<Patient> patients, JsonObject slot) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(RACERS);
    try {
      CountDownLatch ready = new CountDownLatch(RACERS);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Reply>> attempts = new ArrayList<>();
      for (Patient patient : patients) {
        Callable<Reply> attempt =
            () -> {
              ready.countDown();
              go.await();
              return book(patient, slot, "Sore throat");
            };
        attempts.add(pool.submit(attempt));
      }
      ready.await();
      go.countDown();
      List<Reply> replies = new ArrayList<>();
      for (Future<Reply> attempt : attempts) {
        replies.add(attempt.get(2, TimeUnit.MINUTES));
      }
      return replies;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void reminderEmailLeavesOutReason() throws Exception {
    Patient patient = verifiedPatient();
    JsonObject slot = slots("rivera", "checkup", "").getFirst();
    String reference = book(patient, slot, "Rash on both arms").json().getString("reference");

    reminders.sendDue(Instant.parse(slot.getString("start")).minus(Duration.ofHours(20)));

    MimeMessage reminder =
        smtp.emailWithSubject(patient.email(), "Appointment reminder " + reference);
    String text = ((MimeMultipart) reminder.getContent()).getBodyPart(0).getContent().toString();
    assertTrue(text.contains("This is a reminder of your appointment."), text);
    assertFalse(text.contains("Rash"), "the reason stays out of the reminder");
  }

  @Test
  void reminderSentOnce() {
    Patient patient = verifiedPatient();
    JsonObject slot = slots("chen", "checkup", "").getFirst();
    String id = bookedId(book(patient, slot, "Check-up").json().getString("reference"));
    Instant dayBefore = Instant.parse(slot.getString("start")).minus(Duration.ofHours(20));
    reminders.sendDue(dayBefore);

    assertFalse(reminders.due(dayBefore).contains(id));
  }

  @Test
  void reminderNotDueTwoDaysAhead() {
    Patient patient = verifiedPatient();
    JsonObject slot = slots("okafor", "checkup", "").getFirst();
    String id = bookedId(book(patient, slot, "Check-up").json().getString("reference"));

    Instant twoDaysBefore = Instant.parse(slot.getString("start")).minus(Duration.ofHours(48));
    assertFalse(reminders.due(twoDaysBefore).contains(id));
  }

  private String bookedId(String reference) {
    return entityManager
        .createQuery("SELECT a.id FROM Appointment a WHERE a.reference = :reference", String.class)
        .setParameter("reference", reference)
        .getSingleResult();
  }

  @Test
  void accessCopyHasOwnAppointmentWithReason() {
    Patient patient = verifiedPatient();
    Reply booked = book(patient, slots("chen", "checkup", "").getFirst(), "Sore knee after a fall");
    assertEquals(201, booked.status(), booked.body());

    List<String> reasons =
        patientAppointments.ofVisitors(List.of(visitorOf(patient))).stream()
            .map(PatientAppointments.AppointmentCopy::reason)
            .toList();

    assertEquals(List.of("Sore knee after a fall"), reasons);
  }

  @Test
  void accessCopyLeavesOutOtherPatients() {
    Patient patient = verifiedPatient();
    Patient other = verifiedPatient();
    Reply booked = book(other, slots("chen", "checkup", "").getFirst(), "Check-up");
    assertEquals(201, booked.status(), booked.body());

    assertEquals(List.of(), patientAppointments.ofVisitors(List.of(visitorOf(patient))));
  }

  private String visitorOf(Patient patient) {
    return entityManager.find(IdentityCheck.class, patient.check()).getVisitor();
  }

  /**
   * Verifies patients one after another. The race is about booking: verifying in parallel would
   * test the concurrent creation of their data keys instead.
   */
  private List<Patient> verifiedPatients(int count) {
    List<Patient> patients = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      patients.add(verifiedPatient());
    }
    return patients;
  }

  /** Books a check-up with Dr. Rivera with a token and an identity check of any visitor. */
  private Reply bookCheckup(String token, String check, String start) {
    return client.post(
        "api/appointments",
        token,
        body(
            "identityCheck", check,
            "provider", "rivera",
            "visitType", "checkup",
            "start", start,
            "reason", "Check-up"));
  }

  private Reply book(Patient patient, JsonObject slot, String reason) {
    return client.post(
        "api/appointments",
        patient.token(),
        body(
            "identityCheck", patient.check(),
            "provider", slot.getString("provider"),
            "visitType", slot.getString("visitType"),
            "start", slot.getString("start"),
            "reason", reason));
  }

  private List<JsonObject> slots(String provider, String visitType, String when) {
    Reply reply =
        client.get(
            "api/appointments/slots?visitType="
                + visitType
                + "&provider="
                + provider
                + "&when="
                + when,
            client.agree());
    assertEquals(200, reply.status(), reply.body());
    List<JsonObject> slots = reply.json().getJsonArray("slots").getValuesAs(JsonObject.class);
    assertTrue(slots.size() >= 2, reply.body());
    return slots;
  }

  /** Agrees to the notice, and confirms a new patient's identity with the emailed code. */
  private Patient verifiedPatient() {
    String token = client.agree();
    String email = uniqueEmail();
    Reply started = startCheck(token, "Sam Patient", "1975-06-15", email);
    assertEquals(201, started.status(), started.body());
    String check = started.json().getString("id");
    Reply confirmed =
        confirm(token, check, "Sam Patient", "1975-06-15", email, smtp.codeSentTo(email));
    assertEquals(200, confirmed.status(), confirmed.body());
    return new Patient(token, check, email);
  }

  private Reply startCheck(String token, String name, String dateOfBirth, String email) {
    return client.post(
        "api/appointments/identity-checks",
        token,
        body("name", name, "dateOfBirth", dateOfBirth, "email", email));
  }

  private Reply confirm(
      String token, String check, String name, String dateOfBirth, String email, String code) {
    return client.post(
        "api/appointments/identity-checks/" + check + "/confirmation",
        token,
        body("name", name, "dateOfBirth", dateOfBirth, "email", email, "code", code));
  }

  private static String uniqueEmail() {
    return "patient-" + UUID.randomUUID() + "@example.org";
  }

  private static String body(String... namesAndValues) {
    return Mailbox.json(namesAndValues);
  }

  private static String statuses(List<Reply> replies) {
    return replies.stream().map(reply -> reply.status() + " " + reply.body()).toList().toString();
  }

  private static void assertProblem(int status, String detail, Reply reply) {
    assertEquals(status, reply.status(), reply.body());
    assertTrue(reply.isProblem(), reply.contentType());
    assertEquals(detail, reply.json().getString("detail"));
  }

  private record Patient(String token, String check, String email) {}
}

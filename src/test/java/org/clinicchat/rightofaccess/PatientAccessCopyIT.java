package org.clinicchat.rightofaccess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.clinicchat.appointment.Mailbox;
import org.clinicchat.appointment.PatientBookings;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.AuditEvent;
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
 * The patient's own copy of their records through the API: a visitor confirms their identity with
 * the code that a real SMTP server on loopback receives, then downloads their transcripts and
 * appointments, and no other patient's.
 */
@ExtendWith(ArquillianExtension.class)
class PatientAccessCopyIT {

  private static final String PATH = "api/access-copies";
  private static final String NAME = "Ana Records";
  private static final String BIRTH_DATE = "1980-02-29";

  @PersistenceContext EntityManager entityManager;

  /** The request of the Arquillian test runner, whose local port is the TLS listener's. */
  @Inject HttpServletRequest runnerRequest;

  private Mailbox smtp;
  private PatientClient client;
  private PatientBookings bookings;

  @Deployment
  static WebArchive deployment() {
    return Deployments.clinicChatWithGreenMail().addClasses(Mailbox.class, PatientBookings.class);
  }

  @BeforeEach
  void startSmtp() {
    client = PatientClient.insideServer(runnerRequest.getLocalPort());
    int port = ConfigProvider.getConfig().getValue("clinicchat.mail.smtp.port", Integer.class);
    smtp = new Mailbox(port);
    bookings = new PatientBookings(client, smtp);
  }

  @AfterEach
  void stopSmtp() {
    smtp.close();
  }

  @Test
  void jsonCopyHoldsOwnMessages() {
    Patient patient = verifiedPatient();
    String conversation = chat(patient, "My knee has been swollen since Tuesday");

    JsonObject copy = download(patient, "json").json();

    JsonObject first = copy.getJsonArray("conversations").getJsonObject(0);
    assertEquals(conversation, first.getString("conversationId"));
    assertTrue(
        first.toString().contains("My knee has been swollen since Tuesday"), first.toString());
  }

  @Test
  void jsonCopyHoldsAppointment() {
    Patient patient = verifiedPatient();
    String reference = bookCheckup(patient);

    JsonObject copy = download(patient, "json").json();

    assertEquals(
        reference,
        copy.getJsonArray("appointments").getJsonObject(0).getString("reference"),
        copy.toString());
  }

  @Test
  void copyOmitsOtherPatients() {
    Patient patient = verifiedPatient();
    chat(patient, "Question about my refill");
    Patient other = verifiedPatient();
    String otherConversation = chat(other, "Another patient's private question");
    String otherReference = bookCheckup(other);

    String copy = download(patient, "json").body();

    assertFalse(copy.contains(otherConversation), "no conversation of another patient");
    assertFalse(copy.contains("Another patient's private question"), "no message of another");
    assertFalse(copy.contains(otherReference), "no appointment of another patient");
  }

  @Test
  void textCopyIsReadable() {
    Patient patient = verifiedPatient();
    chat(patient, "When do you open on Saturday?");

    Reply copy = download(patient, "text");

    assertTrue(copy.contentType().startsWith("text/plain"), copy.contentType());
    assertTrue(copy.body().contains("When do you open on Saturday?"), copy.body());
    assertTrue(copy.body().contains("Appointments"), copy.body());
  }

  @Test
  void unconfirmedCheckRejected() {
    String token = client.agree();
    String email = uniqueEmail();
    Reply started = bookings.startCheck(token, NAME, BIRTH_DATE, email);
    String check = started.json().getString("id");

    Reply reply = client.post(PATH, token, Mailbox.json("identityCheck", check, "format", "json"));

    assertProblem(403, reply);
  }

  @Test
  void anotherVisitorsCheckRejected() {
    Patient patient = verifiedPatient();
    String strangerToken = client.agree();

    Reply reply =
        client.post(
            PATH, strangerToken, Mailbox.json("identityCheck", patient.check(), "format", "json"));

    assertProblem(403, reply);
  }

  @Test
  void unknownFormatRejected() {
    Patient patient = verifiedPatient();

    Reply reply =
        client.post(
            PATH, patient.token(), Mailbox.json("identityCheck", patient.check(), "format", "pdf"));

    assertProblem(400, reply);
  }

  @Test
  void missingTokenRejected() {
    Reply reply =
        client.post(PATH, null, Mailbox.json("identityCheck", "any-check", "format", "json"));

    assertEquals(401, reply.status(), reply.body());
  }

  @Test
  void copyRecordedAsFulfilledRequest() {
    Patient patient = verifiedPatient();
    chat(patient, "Please send me my records");

    String requestId = download(patient, "json").json().getString("requestId");

    AccessRequest request = entityManager.find(AccessRequest.class, requestId);
    assertEquals(AccessRequestStatus.FULFILLED, request.getStatus());
    assertEquals(AccessRequest.SELF_SERVICE_RECORDER, request.getRecordedBy());
  }

  @Test
  void copyAuditedUnderCheck() {
    Patient patient = verifiedPatient();
    download(patient, "json");

    List<AuditEvent> events =
        entityManager
            .createQuery(
                "SELECT e FROM AuditEvent e WHERE e.resourceId = :check AND e.action = :action",
                AuditEvent.class)
            .setParameter("check", patient.check())
            .setParameter("action", AuditAction.ACCESS_COPY_DOWNLOADED)
            .getResultList();
    assertEquals(1, events.size());
  }

  private Reply download(Patient patient, String format) {
    Reply reply =
        client.post(
            PATH,
            patient.token(),
            Mailbox.json("identityCheck", patient.check(), "format", format));
    assertEquals(200, reply.status(), reply.body());
    return reply;
  }

  private String chat(Patient patient, String text) {
    String conversation = client.startConversation(patient.token());
    Reply sent = client.send(patient.token(), conversation, text);
    assertEquals(201, sent.status(), sent.body());
    return conversation;
  }

  private String bookCheckup(Patient patient) {
    return bookings.bookCheckup(patient.token(), patient.check());
  }

  /** Agrees to the notice, and confirms a new patient's identity with the emailed code. */
  private Patient verifiedPatient() {
    String token = client.agree();
    return new Patient(token, bookings.confirmedCheck(token, NAME, BIRTH_DATE, uniqueEmail()));
  }

  private static String uniqueEmail() {
    return "records-" + UUID.randomUUID() + "@example.org";
  }

  private static void assertProblem(int status, Reply reply) {
    assertEquals(status, reply.status(), reply.body());
    assertTrue(reply.isProblem(), reply.contentType());
  }

  private record Patient(String token, String check) {}
}

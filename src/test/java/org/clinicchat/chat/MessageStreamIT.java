package org.clinicchat.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.clinicchat.testing.Browser;
import org.clinicchat.testing.Deployments;
import org.clinicchat.testing.EventStream;
import org.clinicchat.testing.EventStream.Event;
import org.clinicchat.testing.HandoffDesk;
import org.clinicchat.testing.PatientClient;
import org.clinicchat.testing.PatientClient.Reply;
import org.clinicchat.testing.PatientClient.Visitor;
import org.clinicchat.testing.StaffFixtures;
import org.clinicchat.testing.StaffSession;
import org.clinicchat.testing.TestTokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The patient's Server-Sent Events stream of conversation messages: live staff replies, resuming
 * with {@code Last-Event-ID}, one event per stored message, who may open a stream, one order for
 * concurrent senders, and acknowledgements. Staff act over HTTP on the transcript page.
 */
@ExtendWith(ArquillianExtension.class)
class MessageStreamIT {

  /** Longer than the server's 3-second re-read, so a message sent twice would have arrived. */
  private static final Duration QUIET = Duration.ofSeconds(5);

  private static final Duration WAIT = Duration.ofSeconds(30);

  private static final Pattern STAFF_PAGE_MESSAGE =
      Pattern.compile(
          "<li data-sequence=\"(\\d+)\"[^>]*>.*?<p class=\"text\">([^<]*)</p>", Pattern.DOTALL);

  private final PatientClient patient = new PatientClient();
  private final List<EventStream> streams = new ArrayList<>();
  private Visitor visitor;
  private String conversation;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.clinicChat();
  }

  @BeforeAll
  static void createStaff() {
    try (Browser setup = Browser.start()) {
      StaffFixtures.ensureAccount(setup, StaffFixtures.CLINICIAN);
      StaffFixtures.ensureAccount(setup, StaffFixtures.AUDITOR);
    }
  }

  @BeforeEach
  void startConversation() {
    visitor = patient.consent();
    conversation = patient.startConversation(visitor.token());
  }

  @AfterEach
  void closeStreams() {
    streams.forEach(EventStream::close);
  }

  @Test
  void staffReplyArrivesOnOpenStream() throws InterruptedException {
    takenOverByStaff();
    EventStream stream = open(null);
    stream.next(2, WAIT);

    staffReply("The nurse is here.");

    List<Event> events = stream.next(1, WAIT);
    assertEquals(1, events.size(), () -> "events: " + stream.all());
    JsonObject message = json(events.getFirst());
    assertEquals("STAFF", message.getString("sender"));
    assertEquals("The nurse is here.", message.getString("text"));
    assertEquals(events.getFirst().id(), String.valueOf(message.getInt("sequence")));
  }

  @Test
  void reconnectGetsExactlyMissedMessages() throws InterruptedException {
    takenOverByStaff();
    EventStream first = open(null);
    List<Event> before = first.next(2, WAIT);
    assertEquals(2, before.size(), () -> "events: " + first.all());
    first.close();

    staffReply("First while away");
    staffReply("Second while away");
    staffReply("Third while away");
    EventStream resumed = open(before.getLast().id());
    List<Event> missed = resumed.next(3, WAIT);
    Thread.sleep(QUIET.toMillis());

    assertEquals(List.of("3", "4", "5"), missed.stream().map(Event::id).toList());
    assertEquals(
        List.of("First while away", "Second while away", "Third while away"), texts(missed));
    assertEquals(3, resumed.all().size(), () -> "events: " + resumed.all());
  }

  @Test
  void retriedSendYieldsOneEvent() throws InterruptedException {
    EventStream stream = open(null);
    assertEquals(
        201,
        patient
            .send(visitor.token(), conversation, "What are your hours?", "retry-key-1")
            .status());
    Reply retry =
        patient.send(visitor.token(), conversation, "What are your hours?", "retry-key-1");
    stream.next(2, WAIT);
    Thread.sleep(QUIET.toMillis());

    assertEquals(200, retry.status(), retry::toString);
    assertEquals(List.of("1", "2"), stream.all().stream().map(Event::id).toList());
  }

  @Test
  void streamAuditedOncePerOpening() throws InterruptedException {
    takenOverByStaff();
    EventStream stream = open(null);
    staffReply("First on the stream");
    staffReply("Second on the stream");
    List<Event> events = stream.next(4, WAIT);

    String trail =
        StaffSession.signedIn(StaffFixtures.AUDITOR.username(), StaffFixtures.AUDITOR.password())
            .get("admin/audit/export?format=csv&resource=" + conversation)
            .body();
    List<String> openings =
        trail.lines().filter(line -> line.contains(",MESSAGE_STREAM_OPENED,")).toList();

    assertEquals(4, events.size(), () -> "events: " + stream.all());
    assertEquals(1, openings.size(), trail);
    assertTrue(openings.getFirst().contains(",SUCCESS,"), openings.getFirst());
  }

  @Test
  void streamOfOtherPatientNotFound() {
    String other = patient.startConversation(patient.agree());

    EventStream stream = patient.events(visitor.token(), other, null);

    assertProblem(404, stream);
  }

  @Test
  void streamWithoutTokenUnauthorized() {
    assertProblem(401, patient.events(null, conversation, null));
  }

  @Test
  void streamWithForgedTokenUnauthorized() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    PrivateKey otherKey = generator.generateKeyPair().getPrivate();
    String forged =
        TestTokens.rs256(
            TestTokens.patientClaims(visitor.pseudonym(), visitor.consentId()).build(), otherKey);

    assertProblem(401, patient.events(forged, conversation, null));
  }

  @Test
  void streamWithoutConsentForbidden() {
    assertEquals(204, patient.delete("api/consents/current", visitor.token()).status());

    assertProblem(403, patient.events(visitor.token(), conversation, null));
  }

  @Test
  void invalidLastEventIdRejected() {
    assertProblem(400, patient.events(visitor.token(), conversation, "1; DROP"));
  }

  @Test
  void concurrentSendersShareOneOrder() throws Exception {
    takenOverByStaff();
    EventStream stream = open(null);
    int patientThreads = 3;
    int staffThreads = 2;
    int rounds = 4;
    int expected = 2 + (patientThreads + staffThreads) * rounds;

    CountDownLatch start = new CountDownLatch(1);
    ExecutorService senders = Executors.newFixedThreadPool(patientThreads + staffThreads);
    List<Future<?>> sent = new ArrayList<>();
    for (int thread = 0; thread < patientThreads; thread++) {
      String name = "patient " + thread;
      sent.add(
          senders.submit(
              () -> sendRounds(start, rounds, round -> patientSend(name + " round " + round))));
    }
    for (int thread = 0; thread < staffThreads; thread++) {
      String name = "staff " + thread;
      sent.add(
          senders.submit(
              () -> sendRounds(start, rounds, round -> staffReply(name + " round " + round))));
    }
    start.countDown();
    for (Future<?> future : sent) {
      future.get();
    }
    senders.shutdown();
    List<Event> events = stream.next(expected, WAIT);
    Thread.sleep(QUIET.toMillis());
    List<Event> all = stream.all();

    List<String> sequences = IntStream.rangeClosed(1, expected).mapToObj(String::valueOf).toList();
    assertEquals(sequences, all.stream().map(Event::id).toList());
    assertEquals(expected, events.size());
    List<String> stored =
        patient.transcript(visitor.token(), conversation).jsonArray().stream()
            .map(value -> value.asJsonObject().getString("text"))
            .toList();
    assertEquals(stored, texts(all));
    Matcher staffPage = STAFF_PAGE_MESSAGE.matcher(staffTranscriptPage());
    List<String> staffSequences = new ArrayList<>();
    List<String> staffTexts = new ArrayList<>();
    while (staffPage.find()) {
      staffSequences.add(staffPage.group(1));
      staffTexts.add(staffPage.group(2).replace("&#39;", "'"));
    }
    assertEquals(sequences, staffSequences);
    assertEquals(stored, staffTexts);
  }

  @Test
  void acknowledgementNeverMovesBack() {
    patient.send(visitor.token(), conversation, "What are your hours?");
    patient.send(visitor.token(), conversation, "Where do I park?");

    Reply third = acknowledge("{\"sequence\":3}");
    Reply first = acknowledge("{\"sequence\":1}");

    assertEquals(200, third.status(), third::toString);
    assertEquals(3, third.json().getInt("sequence"));
    assertEquals(3, first.json().getInt("sequence"));
    assertTrue(
        staffTranscriptPage().contains("Seen by the patient up to message 3 of 4."),
        "the staff page names the acknowledged message");
  }

  @Test
  void acknowledgementRejectsBadValues() {
    patient.send(visitor.token(), conversation, "What are your hours?");

    for (String body :
        List.of(
            "{}",
            "{\"sequence\":0}",
            "{\"sequence\":-1}",
            "{\"sequence\":\"two\"}",
            "{\"sequence\":1.5}",
            "{\"sequence\":3}",
            "{\"sequence\":99999999999}",
            "[1]",
            "not json")) {
      Reply reply = acknowledge(body);
      assertEquals(400, reply.status(), () -> body + " -> " + reply);
      assertTrue(reply.isProblem(), () -> body + " -> " + reply);
    }
  }

  @Test
  void acknowledgementOfOtherPatientNotFound() {
    String other = patient.startConversation(patient.agree());

    Reply reply =
        patient.post(
            "api/conversations/" + other + "/acknowledgements",
            visitor.token(),
            "{\"sequence\":1}");

    assertEquals(404, reply.status(), reply::toString);
    assertTrue(reply.isProblem(), reply::toString);
  }

  private interface RoundAction {
    void send(int round);
  }

  private static Void sendRounds(CountDownLatch start, int rounds, RoundAction action)
      throws InterruptedException {
    start.await();
    for (int round = 0; round < rounds; round++) {
      action.send(round);
    }
    return null;
  }

  private EventStream open(String lastEventId) {
    EventStream stream = patient.events(visitor.token(), conversation, lastEventId);
    streams.add(stream);
    assertEquals(200, stream.status(), stream::contentType);
    return stream;
  }

  private void patientSend(String text) {
    Reply reply = patient.send(visitor.token(), conversation, text);
    assertEquals(201, reply.status(), reply::toString);
  }

  private Reply acknowledge(String body) {
    return patient.postRaw(
        "api/conversations/" + conversation + "/acknowledgements",
        visitor.token(),
        "application/json",
        body);
  }

  /** Asks for a person, then lets the clinician take the conversation over. */
  private void takenOverByStaff() {
    patientSend("Can I talk to a person?");
    HandoffDesk.take(conversation);
  }

  private void staffReply(String text) {
    HandoffDesk.reply(conversation, text);
  }

  private String staffTranscriptPage() {
    return HandoffDesk.transcript(conversation);
  }

  private static void assertProblem(int status, EventStream stream) {
    assertEquals(status, stream.status(), stream::body);
    assertTrue(stream.contentType().startsWith("application/problem+json"), stream::contentType);
  }

  private static List<String> texts(List<Event> events) {
    return events.stream().map(event -> json(event).getString("text")).toList();
  }

  private static JsonObject json(Event event) {
    try (JsonReader reader = Json.createReader(new StringReader(event.data()))) {
      return reader.readObject();
    }
  }
}

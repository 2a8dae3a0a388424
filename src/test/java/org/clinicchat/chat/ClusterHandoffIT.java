package org.clinicchat.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicchat.testing.ClusterMember;
import org.clinicchat.testing.ClusterMember.Ports;
import org.clinicchat.testing.PatientClient;
import org.clinicchat.testing.PatientClient.Reply;
import org.clinicchat.testing.StaffSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A handoff across two cluster members: the test starts two Payara Micro processes of its own,
 * clustered over TCP on loopback and sharing a fresh MariaDB database that it creates as root. The
 * patient talks to member A; a clinician signed in on member B sees the patient in the inbox, takes
 * the conversation over and answers. Both members stop in {@link #stopMembers} even when a test
 * fails. Logs are under {@code target/cluster-it/}.
 */
class ClusterHandoffIT {

  private static final String DATABASE = "clinicchat_cluster_it";
  private static final String MARIADB_ROOT =
      "jdbc:mariadb://"
          + System.getProperty("clinicchat.it.mariadb", "127.0.0.1:3306")
          + "/?sslMode=disable";
  private static final String ROOT_USER = System.getProperty("clinicchat.it.mariadb-user", "root");
  private static final String ROOT_PASSWORD =
      System.getProperty("clinicchat.it.mariadb-password", "");
  private static final String DATABASE_PASSWORD = UUID.randomUUID().toString();

  private static final Ports PORTS_A = new Ports(39101, 39111, 39700);
  private static final Ports PORTS_B = new Ports(39102, 39112, 39701);
  private static final List<Integer> DATA_GRID = List.of(39700, 39701);
  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
  private static final Duration SIGNAL_TIMEOUT = Duration.ofSeconds(20);

  private static final String ADMIN = "cluster-admin";
  private static final String ADMIN_PASSWORD = "cluster admin opens the grid 42";
  private static final String CLINICIAN = "cluster-clinician";
  private static final String CLINICIAN_PASSWORD = "cluster nurse answers patients 42";

  /** The path of the inbox's WebSocket channel, with the channel id of the session. */
  private static final Pattern PUSH_PATH =
      Pattern.compile(
          "['\"](?:wss?://[^/'\"]+)?(/[^'\"]*jakarta\\.faces\\.push/handoffs\\?[^'\"]+)['\"]");

  private static ClusterMember memberA;
  private static ClusterMember memberB;
  private static StaffSession clinicianOnB;

  private PatientClient patientOnA;
  private String token;
  private String conversation;

  @BeforeAll
  static void startMembers() throws SQLException, InterruptedException {
    createDatabase();
    Path folder = Path.of(System.getProperty("clinicchat.it.data")).resolveSibling("cluster-it");
    Map<String, String> database =
        Map.of(
            "CLINICCHAT_DB_URL",
            "jdbc:mariadb://127.0.0.1:3306/" + DATABASE + "?sslMode=disable",
            "CLINICCHAT_DB_USER",
            DATABASE,
            "CLINICCHAT_DB_PASSWORD",
            DATABASE_PASSWORD);
    // Member A first, so that it creates the tables before B deploys against the same database.
    memberA =
        ClusterMember.startReady(
            "A", folder.resolve("a"), PORTS_A, DATA_GRID, database, START_TIMEOUT);
    memberB =
        ClusterMember.startReady(
            "B", folder.resolve("b"), PORTS_B, DATA_GRID, database, START_TIMEOUT);
    clinicianOnB = createClinicianOnB();
  }

  @AfterAll
  static void stopMembers() throws InterruptedException, SQLException {
    try {
      if (memberB != null) {
        memberB.close();
      }
    } finally {
      try {
        if (memberA != null) {
          memberA.close();
        }
      } finally {
        dropDatabase();
      }
    }
  }

  @BeforeEach
  void startConversationOnA() {
    patientOnA = PatientClient.at(memberA.baseUri());
    token = patientOnA.agree();
    conversation = patientOnA.startConversation(token);
  }

  @Test
  void membersFormOneDataGrid() {
    assertTrue(memberB.logContains("DG Size: 2"), "no two-member grid in " + memberB.serverLog());
  }

  @Test
  void plainHttpRedirectsToHttps() throws Exception {
    HttpClient plain =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    URI address = URI.create("http://127.0.0.1:" + PORTS_A.http() + "/admin/index.xhtml");

    HttpResponse<Void> response =
        plain.send(
            HttpRequest.newBuilder(address).timeout(SIGNAL_TIMEOUT).build(),
            HttpResponse.BodyHandlers.discarding());

    assertEquals(302, response.statusCode());
    String location = response.headers().firstValue("Location").orElse("");
    assertTrue(location.startsWith("https://"), location);
  }

  @Test
  void waitingPatientOnAListedInInboxOnB() {
    askForPerson();

    HttpResponse<String> inbox = clinicianOnB.get("admin/inbox/index.xhtml");

    assertTrue(inbox.body().contains(conversation), inbox::body);
  }

  @Test
  void inboxOnBPushedWhenPatientOnAQueues() throws InterruptedException {
    BlockingQueue<String> pushes = new LinkedBlockingQueue<>();
    WebSocket socket = openInboxSocket(pushes);
    try {
      askForPerson();

      String push = pushes.poll(SIGNAL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);

      assertNotNull(push, "no push on member B within " + SIGNAL_TIMEOUT);
      assertTrue(push.contains(HandoffQueuePush.QUEUE_CHANGED), push);
    } finally {
      socket.abort();
    }
  }

  @Test
  void staffReplyOnBReachesPatientOnA() {
    askForPerson();
    takeOverOnB();

    replyOnB("This is the nurse on member B.");

    JsonObject last = lastMessage();
    assertEquals("STAFF", last.getString("sender"), last::toString);
    assertEquals("This is the nurse on member B.", last.getString("text"), last::toString);
  }

  @Test
  void assistantSilentOnAAfterTakeoverOnB() {
    askForPerson();
    takeOverOnB();

    Reply reply = send("Hello, is someone there?");

    assertNull(reply.json().get("reply"), reply::toString);
    assertEquals("STAFF", reply.json().getString("handoff"), reply::toString);
  }

  private void askForPerson() {
    Reply reply = send("Can I talk to a person?");
    assertEquals("WAITING", reply.json().getString("handoff"), reply::toString);
  }

  private Reply send(String text) {
    Reply reply = patientOnA.send(token, conversation, text);
    assertEquals(201, reply.status(), reply::toString);
    return reply;
  }

  private JsonObject lastMessage() {
    JsonArray messages = patientOnA.transcript(token, conversation).jsonArray();
    return messages.getJsonObject(messages.size() - 1);
  }

  private void takeOverOnB() {
    HttpResponse<String> taken =
        clinicianOnB.submit(
            transcriptPage(),
            "handoff",
            Map.of("handoff:conversation", conversation, "handoff:take", "Take over"));
    assertTrue(taken.statusCode() < 400, () -> "take over: " + taken.statusCode());
  }

  private void replyOnB(String text) {
    HttpResponse<String> sent =
        clinicianOnB.submit(
            transcriptPage(),
            "handoff",
            Map.of(
                "handoff:conversation",
                conversation,
                "handoff:reply",
                text,
                "handoff:send",
                "Send"));
    assertTrue(sent.statusCode() < 400, () -> "reply: " + sent.statusCode());
  }

  private String transcriptPage() {
    return "admin/conversations/transcript.xhtml?id=" + conversation;
  }

  /** Opens the inbox on B in the clinician's session and connects to its WebSocket channel. */
  private static WebSocket openInboxSocket(BlockingQueue<String> pushes) {
    String page = clinicianOnB.get("admin/inbox/index.xhtml").body();
    Matcher path = PUSH_PATH.matcher(page);
    assertTrue(path.find(), "no WebSocket channel on the inbox page: " + page);
    URI address = URI.create("wss://127.0.0.1:" + PORTS_B.https() + path.group(1));
    return HttpClient.newHttpClient()
        .newWebSocketBuilder()
        .header("Cookie", StaffSession.SESSION_COOKIE + "=" + clinicianOnB.sessionCookie())
        .buildAsync(address, new Collector(pushes))
        .orTimeout(30, TimeUnit.SECONDS)
        .join();
  }

  /** Puts each text message of a WebSocket into a queue. */
  private record Collector(BlockingQueue<String> messages) implements WebSocket.Listener {
    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      messages.add(data.toString());
      socket.request(1);
      return null;
    }
  }

  /** Creates the first administrator on B with B's setup code, then a clinician, signed in. */
  private static StaffSession createClinicianOnB() {
    StaffSession setup = StaffSession.anonymousAt(memberB.baseUri());
    requireNoError(
        setup.submit(
            "setup.xhtml",
            "setup",
            Map.of(
                "setup:code", memberB.setupCode(),
                "setup:username", ADMIN,
                "setup:password", ADMIN_PASSWORD,
                "setup:confirm", ADMIN_PASSWORD,
                "setup:create", "Create administrator")));
    StaffSession admin =
        StaffSession.anonymousAt(memberB.baseUri()).signInAs(ADMIN, ADMIN_PASSWORD);
    requireNoError(
        admin.submit(
            "admin/staff/index.xhtml",
            "staff",
            Map.of(
                "staff:username",
                CLINICIAN,
                "staff:password",
                CLINICIAN_PASSWORD,
                "staff:roles",
                "CLINICIAN",
                "staff:create",
                "Create account")));
    return StaffSession.anonymousAt(memberB.baseUri()).signInAs(CLINICIAN, CLINICIAN_PASSWORD);
  }

  private static void requireNoError(HttpResponse<String> response) {
    if (response.statusCode() >= 400 || response.body().contains("class=\"error\"")) {
      throw new IllegalStateException(
          "Setting up staff on member B failed: " + response.statusCode() + " " + response.body());
    }
  }

  private static void createDatabase() throws SQLException {
    try (Connection root = DriverManager.getConnection(MARIADB_ROOT, ROOT_USER, ROOT_PASSWORD);
        Statement statement = root.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
      statement.execute(
          "CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
      statement.execute("DROP USER IF EXISTS '" + DATABASE + "'@'127.0.0.1'");
      statement.execute(
          "CREATE USER '" + DATABASE + "'@'127.0.0.1' IDENTIFIED BY '" + DATABASE_PASSWORD + "'");
      statement.execute("GRANT ALL ON " + DATABASE + ".* TO '" + DATABASE + "'@'127.0.0.1'");
    }
  }

  private static void dropDatabase() throws SQLException {
    try (Connection root = DriverManager.getConnection(MARIADB_ROOT, ROOT_USER, ROOT_PASSWORD);
        Statement statement = root.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
      statement.execute("DROP USER IF EXISTS '" + DATABASE + "'@'127.0.0.1'");
    }
  }
}

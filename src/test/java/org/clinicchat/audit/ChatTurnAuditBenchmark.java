package org.clinicchat.audit;

import jakarta.interceptor.InvocationContext;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.clinicchat.assistant.FaqDocument;
import org.clinicchat.assistant.FaqMatcher;
import org.clinicchat.audit.chain.AuditChainBenchmark;
import org.clinicchat.audit.chain.AuditRecord;
import org.clinicchat.audit.chain.AuditSeal;
import org.clinicchat.chat.PatientChat;
import org.clinicchat.crypto.FieldCipher;
import org.clinicchat.crypto.FieldLocation;
import org.clinicchat.safety.EmergencyScreen;
import org.clinicchat.safety.Language;
import org.clinicchat.safety.MedicalAdviceBoundary;
import org.clinicchat.safety.SensitiveNumbers;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Cost of auditing a patient's chat turn: the work of {@link PatientChat#send} for a question the
 * clinic FAQ answers, with and without the {@link AuditInterceptor}, measured in the same run.
 *
 * <p>The turn runs the product's own safety screens, FAQ matcher (on {@code
 * server-config/clinic-faq.json}), number masking and AES-256-GCM field encryption, and the same
 * statements as the server through JDBC: lock the conversation row, look up the idempotency key and
 * an open handoff, insert both messages and the idempotency record, update the conversation, then
 * commit. The audited variant calls the real {@code AuditInterceptor} around the turn. Its {@link
 * AuditTrail} does what the server's does in its own transaction, on a second connection: lock the
 * chain head row, build the {@link AuditEvent}, seal it with HMAC-SHA256, insert it, move the head
 * and commit, before the turn commits.
 *
 * <p>Left out of both variants: JPA, HTTP, JSON and the JWT and consent checks, which only make the
 * turn dearer and the ratio smaller. Left out of the audited variant: the CDI event {@link
 * AuditRecorded} that the server fires after each append, whose only observer queues the event for
 * the SIEM after the commit, and only when a SIEM is configured.
 *
 * <p>Run with {@code mvn -Pbenchmark test-compile exec:exec
 * -Dbenchmark.main=org.clinicchat.audit.ChatTurnAuditBenchmark}. The {@code mariadb} variant needs
 * MariaDB on 127.0.0.1:3306 with an administrator {@code root} without a password; it creates a
 * database of its own and drops it at the end.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ChatTurnAuditBenchmark {

  /** A question the clinic FAQ answers, so the assistant needs no patient-education search. */
  static final String QUESTION = "What are your opening hours on Saturday?";

  /**
   * Conversations that the turns of one iteration go to in rotation, as when many patients write.
   */
  static final int CONVERSATIONS = 50;

  /** The databases: the embedded H2 of the run command, and MariaDB of production. */
  static final String[] ENGINES = {"h2", "mariadb"};

  /** Rounds of {@link #main}, each of which measures both variants on one engine. */
  static final int ROUNDS = 3;

  private static final Method SEND = sendMethod();

  /** The product's answering steps that need no container: screens, FAQ and masking. */
  @State(Scope.Benchmark)
  public static class Answering {
    final EmergencyScreen emergencyScreen = new EmergencyScreen();
    final MedicalAdviceBoundary adviceBoundary = new MedicalAdviceBoundary();
    FaqMatcher faq;
    String fallback;

    @Setup
    public void loadFaq() throws Exception {
      Path file = Path.of(System.getProperty("user.dir"), "server-config", "clinic-faq.json");
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
          Jsonb jsonb = JsonbBuilder.create()) {
        FaqDocument document = jsonb.fromJson(reader, FaqDocument.class);
        faq = new FaqMatcher(document.entries(), document.synonymGroups());
        fallback = document.fallback(Language.ENGLISH);
      }
    }

    /** Returns the reply text the way the assistant chooses it for a message without emergency. */
    String reply(String text) {
      if (emergencyScreen.screen(text).isPresent()) {
        throw new IllegalStateException("The benchmark question must not be an emergency");
      }
      return adviceBoundary
          .refusalFor(text)
          .orElseGet(
              () -> faq.match(text).map(entry -> entry.answer(Language.ENGLISH)).orElse(fallback));
    }
  }

  /** A database per thread with the turn's tables and the audit chain, on H2 or MariaDB. */
  @State(Scope.Thread)
  public static class Database {

    @Param({"h2", "mariadb"})
    public String engine;

    Connection turn;
    Connection audit;
    String mariaDbName;
    SecretKey dataKey;
    String[] conversations;
    int nextConversation;
    AuditInterceptor interceptor;

    @Setup(Level.Trial)
    public void open() throws SQLException, GeneralSecurityException {
      String url = url();
      turn = DriverManager.getConnection(url);
      audit = DriverManager.getConnection(url);
      turn.setAutoCommit(false);
      audit.setAutoCommit(false);
      try (Statement ddl = turn.createStatement()) {
        for (String statement : Schema.STATEMENTS) {
          ddl.execute(statement);
        }
      }
      turn.commit();
      KeyGenerator aes = KeyGenerator.getInstance("AES");
      aes.init(256);
      dataKey = aes.generateKey();
      interceptor = new AuditInterceptor();
      interceptor.auditTrail = new JdbcAuditTrail(audit, KeyGenerator.getInstance("HmacSHA256"));
    }

    private String url() throws SQLException {
      if ("h2".equals(engine)) {
        return "jdbc:h2:mem:turn-" + UUID.randomUUID() + ";LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1";
      }
      mariaDbName = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
      try (Connection admin = DriverManager.getConnection(Schema.MARIADB_SERVER);
          Statement create = admin.createStatement()) {
        create.execute("CREATE DATABASE " + mariaDbName);
      }
      return Schema.MARIADB_SERVER.replace("/?", "/" + mariaDbName + "?");
    }

    /** Empties the tables and starts new conversations, so that table growth does not skew. */
    @Setup(Level.Iteration)
    public void empty() throws SQLException {
      try (Statement ddl = turn.createStatement()) {
        for (String table : Schema.TABLES) {
          ddl.execute("DELETE FROM " + table);
        }
        ddl.execute(
            "INSERT INTO audit_chain_head VALUES (1, 1, 0, '" + AuditSeal.GENESIS_HASH + "')");
      }
      conversations = new String[CONVERSATIONS];
      try (PreparedStatement insert =
          turn.prepareStatement(
              "INSERT INTO conversation (id, visitor, consent_id, started_at, message_count,"
                  + " urgent) VALUES (?, ?, ?, ?, 0, FALSE)")) {
        for (int i = 0; i < CONVERSATIONS; i++) {
          conversations[i] = UUID.randomUUID().toString();
          insert.setString(1, conversations[i]);
          insert.setString(2, UUID.randomUUID().toString());
          insert.setString(3, UUID.randomUUID().toString());
          insert.setTimestamp(4, Timestamp.from(Instant.now()));
          insert.executeUpdate();
        }
      }
      turn.commit();
    }

    String nextConversation() {
      nextConversation = (nextConversation + 1) % CONVERSATIONS;
      return conversations[nextConversation];
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
      turn.close();
      audit.close();
      if (mariaDbName != null) {
        try (Connection admin = DriverManager.getConnection(Schema.MARIADB_SERVER);
            Statement drop = admin.createStatement()) {
          drop.execute("DROP DATABASE " + mariaDbName);
        }
      }
    }
  }

  /**
   * The processor time of the benchmark thread, next to JMH's elapsed time. On H2, which runs in
   * that thread, it covers all of a turn's work and varies less than elapsed time on a shared
   * machine. On MariaDB it leaves out the database server's work.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class ProcessorTime {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public long cpuNanos;
    public long turns;

    @Setup(Level.Iteration)
    public void reset() {
      cpuNanos = 0;
      turns = 0;
    }

    long start() {
      return THREADS.getCurrentThreadCpuTime();
    }

    void stop(long started) {
      cpuNanos += THREADS.getCurrentThreadCpuTime() - started;
      turns++;
    }
  }

  @Benchmark
  public int turnWithoutAudit(Database db, Answering answering, ProcessorTime cpu)
      throws Exception {
    long started = cpu.start();
    int stored = ChatTurn.run(db, answering, db.nextConversation(), idempotencyKey());
    db.turn.commit();
    cpu.stop(started);
    return stored;
  }

  @Benchmark
  public Object turnAudited(Database db, Answering answering, ProcessorTime cpu) throws Exception {
    long started = cpu.start();
    String conversation = db.nextConversation();
    String key = idempotencyKey();
    Object result =
        db.interceptor.audit(
            new TurnInvocation(
                new Object[] {conversation, QUESTION, Language.ENGLISH, key},
                () -> ChatTurn.run(db, answering, conversation, key)));
    db.turn.commit();
    cpu.stop(started);
    return result;
  }

  private static String idempotencyKey() {
    return Long.toHexString(ThreadLocalRandom.current().nextLong());
  }

  /** The statements and cryptography of one {@code PatientChat.send}, without its commit. */
  static final class ChatTurn {

    private ChatTurn() {}

    static int run(Database db, Answering answering, String conversationId, String key)
        throws SQLException {
      Connection connection = db.turn;
      int messageCount = lockConversation(connection, conversationId);
      if (hasRow(
          connection,
          "SELECT 1 FROM sent_message WHERE conversation_id = ?" + " AND idempotency_key = ?",
          conversationId,
          key)) {
        throw new IllegalStateException("A new idempotency key was found as used");
      }
      if (hasRow(
          connection,
          "SELECT 1 FROM handoff WHERE conversation_id = ?" + " AND ended_at IS NULL",
          conversationId)) {
        throw new IllegalStateException("No conversation of the benchmark has a handoff");
      }
      String reply = answering.reply(QUESTION);
      String masked = SensitiveNumbers.mask(QUESTION).text();
      Instant now = Instant.now();
      String questionId = insertMessage(db, conversationId, messageCount + 1, "PATIENT", masked);
      String replyId = insertMessage(db, conversationId, messageCount + 2, "ASSISTANT", reply);
      try (PreparedStatement update =
          connection.prepareStatement(
              "UPDATE conversation SET message_count = ?, last_message_at = ? WHERE id = ?")) {
        update.setInt(1, messageCount + 2);
        update.setTimestamp(2, Timestamp.from(now));
        update.setString(3, conversationId);
        update.executeUpdate();
      }
      try (PreparedStatement sent =
          connection.prepareStatement("INSERT INTO sent_message VALUES (?, ?, ?, ?, ?)")) {
        sent.setString(1, conversationId);
        sent.setString(2, key);
        sent.setString(3, questionId);
        sent.setString(4, replyId);
        sent.setTimestamp(5, Timestamp.from(now));
        sent.executeUpdate();
      }
      return messageCount + 2;
    }

    private static int lockConversation(Connection connection, String id) throws SQLException {
      try (PreparedStatement lock =
          connection.prepareStatement(
              "SELECT message_count FROM conversation WHERE id = ? FOR UPDATE")) {
        lock.setString(1, id);
        try (ResultSet row = lock.executeQuery()) {
          if (!row.next()) {
            throw new IllegalStateException("Conversation " + id + " is missing");
          }
          return row.getInt(1);
        }
      }
    }

    private static boolean hasRow(Connection connection, String query, String... values)
        throws SQLException {
      try (PreparedStatement select = connection.prepareStatement(query)) {
        for (int i = 0; i < values.length; i++) {
          select.setString(i + 1, values[i]);
        }
        try (ResultSet rows = select.executeQuery()) {
          return rows.next();
        }
      }
    }

    private static String insertMessage(
        Database db, String conversationId, int sequence, String sender, String text)
        throws SQLException {
      String id = UUID.randomUUID().toString();
      String sealed =
          FieldCipher.encrypt(
              text, conversationId, db.dataKey, new FieldLocation("Message", "text", id));
      try (PreparedStatement insert =
          db.turn.prepareStatement("INSERT INTO message VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        insert.setString(1, id);
        insert.setString(2, conversationId);
        insert.setInt(3, sequence);
        insert.setString(4, sender);
        insert.setString(5, sealed);
        insert.setString(6, "PATIENT".equals(sender) ? null : "hours");
        insert.setTimestamp(7, Timestamp.from(Instant.now()));
        insert.executeUpdate();
      }
      return id;
    }
  }

  /**
   * The audit trail of the server, with its transaction and entity manager replaced by a second
   * JDBC connection that commits before the turn does, as {@code REQUIRES_NEW} does in the server.
   */
  static final class JdbcAuditTrail extends AuditTrail {

    private static final ClientDetails PATIENT_CLIENT =
        new ClientDetails("widget", "203.0.113.7", "Firefox");

    private final Connection connection;
    private final SecretKey macKey;
    private final String visitor = UUID.randomUUID().toString();

    JdbcAuditTrail(Connection connection, KeyGenerator hmac) {
      this.connection = connection;
      hmac.init(256);
      this.macKey = hmac.generateKey();
    }

    @Override
    public void record(Audited audited, String resourceId, AuditOutcome outcome, String name) {
      try {
        append(audited, resourceId, outcome);
        connection.commit();
      } catch (SQLException e) {
        throw new IllegalStateException("Recording the audit event failed", e);
      }
    }

    private void append(Audited audited, String resourceId, AuditOutcome outcome)
        throws SQLException {
      long lastSequence;
      String lastHash;
      try (PreparedStatement lock =
              connection.prepareStatement(
                  "SELECT last_sequence, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
          ResultSet head = lock.executeQuery()) {
        head.next();
        lastSequence = head.getLong(1);
        lastHash = head.getString(2);
      }
      AuditEvent event =
          new AuditEvent(
              lastSequence + 1,
              Instant.now().truncatedTo(ChronoUnit.MICROS),
              visitor,
              "PATIENT",
              audited.value(),
              audited.resourceType(),
              resourceId,
              audited.purpose(),
              outcome,
              PATIENT_CLIENT.withoutAddress());
      event.seal(new AuditSeal(macKey).seal(event.toRecord(), lastHash));
      AuditRecord sealed = event.toRecord();
      AuditChainBenchmark.insert(connection, "audit_event", sealed);
      try (PreparedStatement advance =
          connection.prepareStatement(
              "UPDATE audit_chain_head SET last_sequence = ?, last_hash = ? WHERE id = 1")) {
        advance.setLong(1, sealed.sequence());
        advance.setString(2, sealed.eventHash());
        advance.executeUpdate();
      }
    }
  }

  /** The call of {@code PatientChat.send} as the interceptor receives it, with the turn as body. */
  record TurnInvocation(Object[] parameters, Callable<Object> turn) implements InvocationContext {

    @Override
    public Object getTarget() {
      return null;
    }

    @Override
    public Object getTimer() {
      return null;
    }

    @Override
    public Method getMethod() {
      return SEND;
    }

    @Override
    public Constructor<?> getConstructor() {
      return null;
    }

    @Override
    public Object[] getParameters() {
      return parameters;
    }

    @Override
    public void setParameters(Object[] replaced) {
      throw new UnsupportedOperationException("The benchmark never replaces parameters");
    }

    @Override
    public Map<String, Object> getContextData() {
      return Map.of();
    }

    @Override
    public Object proceed() throws Exception {
      return turn.call();
    }
  }

  /** The columns, keys and indexes of the server's tables that the turn and the audit chain use. */
  static final class Schema {

    /** The local MariaDB of the tests, over loopback, where it offers no TLS. */
    static final String MARIADB_SERVER = "jdbc:mariadb://127.0.0.1:3306/?user=root&sslMode=disable";

    static final String[] TABLES = {
      "message", "sent_message", "handoff", "conversation", "audit_event", "audit_chain_head"
    };

    static final String[] STATEMENTS = {
      "CREATE TABLE conversation (id VARCHAR(36) PRIMARY KEY, visitor VARCHAR(36) NOT NULL,"
          + " consent_id VARCHAR(36) NOT NULL, started_at DATETIME(6) NOT NULL,"
          + " last_message_at DATETIME(6), message_count INT NOT NULL, urgent BOOLEAN NOT NULL)",
      "CREATE TABLE message (id VARCHAR(36) PRIMARY KEY, conversation_id VARCHAR(36) NOT NULL,"
          + " seq_no INT NOT NULL, sender VARCHAR(10) NOT NULL, text_ciphertext TEXT NOT NULL,"
          + " topic VARCHAR(40), sent_at DATETIME(6) NOT NULL)",
      "CREATE UNIQUE INDEX message_sequence ON message (conversation_id, seq_no)",
      "CREATE TABLE sent_message (conversation_id VARCHAR(36) NOT NULL,"
          + " idempotency_key VARCHAR(100) NOT NULL, patient_message_id VARCHAR(36),"
          + " reply_message_id VARCHAR(36), sent_at DATETIME(6),"
          + " PRIMARY KEY (conversation_id, idempotency_key))",
      "CREATE TABLE handoff (id VARCHAR(36) PRIMARY KEY, conversation_id VARCHAR(36) NOT NULL,"
          + " state VARCHAR(20) NOT NULL, ended_at DATETIME(6))",
      "CREATE INDEX handoff_open ON handoff (conversation_id, ended_at)",
      "CREATE TABLE audit_event (seq_no BIGINT PRIMARY KEY, occurred_at DATETIME(6) NOT NULL,"
          + " actor VARCHAR(100) NOT NULL, actor_role VARCHAR(40) NOT NULL,"
          + " action VARCHAR(40) NOT NULL, resource_type VARCHAR(40), resource_id VARCHAR(100),"
          + " purpose VARCHAR(40), outcome VARCHAR(10) NOT NULL, client_channel VARCHAR(10),"
          + " client_address VARCHAR(45), client_agent VARCHAR(40), previous_hash VARCHAR(64),"
          + " event_hash VARCHAR(64), mac VARCHAR(64))",
      "CREATE INDEX audit_event_occurred_at ON audit_event (occurred_at)",
      "CREATE INDEX audit_event_resource ON audit_event (resource_id)",
      "CREATE TABLE audit_chain_head (id INT PRIMARY KEY, first_sequence BIGINT NOT NULL,"
          + " last_sequence BIGINT NOT NULL, last_hash VARCHAR(64) NOT NULL)"
    };

    private Schema() {}
  }

  private static Method sendMethod() {
    try {
      return PatientChat.class.getMethod(
          "send", String.class, String.class, Language.class, String.class);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("PatientChat.send changed its parameters", e);
    }
  }

  /**
   * Runs both variants on each engine in {@link #ROUNDS} alternating rounds and prints each round's
   * ratios of the audited turn to the turn without audit, in elapsed and in processor time, then
   * their medians. Alternating keeps a change of load on a shared machine from favouring the
   * variant that ran second.
   */
  public static void main(String[] args) throws RunnerException {
    for (String engine : ENGINES) {
      List<Double> elapsedRatios = new ArrayList<>();
      List<Double> cpuRatios = new ArrayList<>();
      for (int round = 0; round < ROUNDS; round++) {
        boolean auditedFirst = round % 2 == 1;
        Turn first = measure(auditedFirst ? "turnAudited" : "turnWithoutAudit", engine);
        Turn second = measure(auditedFirst ? "turnWithoutAudit" : "turnAudited", engine);
        Turn plain = auditedFirst ? second : first;
        Turn audited = auditedFirst ? first : second;
        elapsedRatios.add(audited.elapsedMicros() / plain.elapsedMicros());
        cpuRatios.add(audited.cpuMicros() / plain.cpuMicros());
        System.out.printf(
            Locale.ROOT,
            "%s round %d: without audit %.0f us elapsed, %.0f us CPU; audited %.0f us elapsed,"
                + " %.0f us CPU%n",
            engine,
            round + 1,
            plain.elapsedMicros(),
            plain.cpuMicros(),
            audited.elapsedMicros(),
            audited.cpuMicros());
      }
      System.out.printf(
          Locale.ROOT,
          "%s audited / without audit: elapsed %s, CPU %s%n",
          engine,
          summary(elapsedRatios),
          summary(cpuRatios));
    }
  }

  /** Elapsed and benchmark-thread processor time of one turn, in microseconds. */
  record Turn(double elapsedMicros, double cpuMicros) {}

  private static Turn measure(String benchmark, String engine) throws RunnerException {
    RunResult result =
        new Runner(
                new OptionsBuilder()
                    .include(ChatTurnAuditBenchmark.class.getSimpleName() + "." + benchmark + "$")
                    .param("engine", engine)
                    .warmupIterations(5)
                    .warmupTime(TimeValue.seconds(2))
                    .measurementIterations(3)
                    .measurementTime(TimeValue.seconds(2))
                    .build())
            .run()
            .iterator()
            .next();
    Map<String, Result> counters = result.getSecondaryResults();
    double cpuMicros =
        counters.get("cpuNanos").getScore() / counters.get("turns").getScore() / 1000;
    return new Turn(result.getPrimaryResult().getScore(), cpuMicros);
  }

  private static String summary(List<Double> ratios) {
    List<Double> sorted = new ArrayList<>(ratios);
    Collections.sort(sorted);
    return String.format(
        Locale.ROOT,
        "median %.2f (lowest %.2f, highest %.2f)",
        sorted.get(sorted.size() / 2),
        sorted.getFirst(),
        sorted.getLast());
  }
}

package org.clinicchat.audit.chain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Cost of the audit chain, each figure against a baseline measured in the same run.
 *
 * <ul>
 *   <li>Verification of a chain of {@link #CHAIN_SIZE} events (hash, link and HMAC of each) against
 *       one SHA-256 over each event's canonical form, which reads and hashes every event once.
 *   <li>Appending one event the way {@code AuditTrail} does (lock the head row, seal, insert, move
 *       the head, commit) against a plain insert of the same row and a commit, both through JDBC
 *       into an in-memory H2 database. It leaves out JPA, which both paths in the server share.
 * </ul>
 *
 * Run with {@code mvn -Pbenchmark test-compile exec:exec
 * -Dbenchmark.main=org.clinicchat.audit.chain.AuditChainBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AuditChainBenchmark {

  static final int CHAIN_SIZE = 10_000;

  /** A sealed chain in memory. */
  @State(Scope.Benchmark)
  public static class Chain {
    List<AuditRecord> events;
    ChainAnchor head;

    @Setup
    public void seal() {
      events = TestChains.chain(CHAIN_SIZE, new Random(1));
      head = TestChains.headOf(events);
    }
  }

  /** An in-memory H2 database per thread, with a table for each path and a chain head row. */
  @State(Scope.Thread)
  public static class Database {
    Connection connection;
    AuditSeal seal;
    Random random;
    long nextPlainSequence;

    @Setup(Level.Trial)
    public void open() throws SQLException {
      connection =
          DriverManager.getConnection(
              "jdbc:h2:mem:bench-" + UUID.randomUUID() + ";LOCK_TIMEOUT=10000");
      connection.setAutoCommit(false);
      try (Statement ddl = connection.createStatement()) {
        for (String table : List.of("chained_event", "plain_event")) {
          ddl.execute(
              "CREATE TABLE "
                  + table
                  + " (seq_no BIGINT PRIMARY KEY, occurred_at TIMESTAMP(6), actor VARCHAR(100),"
                  + " actor_role VARCHAR(40), action VARCHAR(40), resource_type VARCHAR(40),"
                  + " resource_id VARCHAR(100), purpose VARCHAR(40), outcome VARCHAR(10),"
                  + " client_channel VARCHAR(10), client_address VARCHAR(45),"
                  + " client_agent VARCHAR(40), previous_hash VARCHAR(64), event_hash VARCHAR(64),"
                  + " mac VARCHAR(64))");
        }
        ddl.execute(
            "CREATE TABLE chain_head (id INT PRIMARY KEY, last_sequence BIGINT, last_hash"
                + " VARCHAR(64))");
        ddl.execute("INSERT INTO chain_head VALUES (1, 0, '" + AuditSeal.GENESIS_HASH + "')");
      }
      connection.commit();
      seal = new AuditSeal(TestChains.KEY);
      random = new Random(2);
    }

    /** Empties both tables before each iteration, so that their growth does not skew the run. */
    @Setup(Level.Iteration)
    public void empty() throws SQLException {
      try (Statement ddl = connection.createStatement()) {
        ddl.execute("TRUNCATE TABLE chained_event");
        ddl.execute("TRUNCATE TABLE plain_event");
        ddl.execute(
            "UPDATE chain_head SET last_sequence = 0, last_hash = '"
                + AuditSeal.GENESIS_HASH
                + "'");
      }
      connection.commit();
      nextPlainSequence = 0;
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
      connection.close();
    }
  }

  @Benchmark
  public ChainVerification verifyChain(Chain chain) {
    return new AuditChainVerifier(new AuditSeal(TestChains.KEY))
        .verify(chain.events.iterator(), null, chain.head);
  }

  @Benchmark
  public byte[] hashEachEvent(Chain chain) throws NoSuchAlgorithmException {
    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    byte[] last = null;
    for (AuditRecord event : chain.events) {
      last = sha256.digest(AuditSeal.canonicalForm(event));
    }
    return last;
  }

  @Benchmark
  public long appendChained(Database db) throws SQLException {
    long sequence;
    String previousHash;
    try (PreparedStatement lock =
            db.connection.prepareStatement(
                "SELECT last_sequence, last_hash FROM chain_head WHERE id = 1 FOR UPDATE");
        ResultSet head = lock.executeQuery()) {
      head.next();
      sequence = head.getLong(1) + 1;
      previousHash = head.getString(2);
    }
    AuditRecord sealed = db.seal.seal(TestChains.unsealed(sequence, db.random), previousHash);
    insert(db.connection, "chained_event", sealed);
    try (PreparedStatement advance =
        db.connection.prepareStatement(
            "UPDATE chain_head SET last_sequence = ?, last_hash = ? WHERE id = 1")) {
      advance.setLong(1, sequence);
      advance.setString(2, sealed.eventHash());
      advance.executeUpdate();
    }
    db.connection.commit();
    return sequence;
  }

  @Benchmark
  public long appendPlain(Database db) throws SQLException {
    long sequence = ++db.nextPlainSequence;
    insert(db.connection, "plain_event", TestChains.unsealed(sequence, db.random));
    db.connection.commit();
    return sequence;
  }

  /** Inserts an event into a table whose columns are those of {@code audit_event}, in order. */
  public static void insert(Connection connection, String table, AuditRecord r)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO " + table + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, r.sequence());
      insert.setTimestamp(2, Timestamp.from(r.occurredAt()));
      String[] text = {
        r.actor(),
        r.actorRole(),
        r.action(),
        r.resourceType(),
        r.resourceId(),
        r.purpose(),
        r.outcome(),
        r.clientChannel(),
        r.clientAddress(),
        r.clientAgent(),
        r.previousHash(),
        r.eventHash(),
        r.mac()
      };
      for (int i = 0; i < text.length; i++) {
        insert.setString(i + 3, text[i]);
      }
      insert.executeUpdate();
    }
  }

  /** Runs the benchmarks and prints events verified per minute and each ratio to its baseline. */
  public static void main(String[] args) throws RunnerException {
    Collection<RunResult> results =
        new Runner(new OptionsBuilder().include(AuditChainBenchmark.class.getSimpleName()).build())
            .run();
    Map<String, Double> scores = new HashMap<>();
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      scores.put(name.substring(name.lastIndexOf('.') + 1), result.getPrimaryResult().getScore());
    }
    System.out.printf(
        "chain verification: %,.0f events per minute%n",
        scores.get("verifyChain") * CHAIN_SIZE * 60);
    System.out.printf(
        "verify chain / hash each event: %.2f%n",
        scores.get("verifyChain") / scores.get("hashEachEvent"));
    System.out.printf(
        "chained append / plain insert: %.2f%n",
        scores.get("appendChained") / scores.get("appendPlain"));
  }
}

package org.clinicchat.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.clinicchat.audit.chain.AuditRecord;
import org.clinicchat.audit.chain.AuditSeal;
import org.clinicchat.audit.chain.ChainBreak;
import org.clinicchat.audit.chain.ChainCheckpoint;
import org.clinicchat.audit.chain.ChainVerification;
import org.clinicchat.testing.Deployments;
import org.clinicchat.testing.PatientClient;
import org.clinicchat.testing.PatientClient.Visitor;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The stored audit chain: appends stay linear under concurrency, and a row changed or deleted with
 * plain SQL, as someone with database access could, is found at its sequence number. Runs inside
 * the server; each test that damages a row restores it, because the test database outlives the run.
 */
@ExtendWith(ArquillianExtension.class)
class AuditChainIT {

  private static final int THREADS = 4;
  private static final int EVENTS_PER_THREAD = 10;

  @PersistenceContext EntityManager entityManager;

  @Resource UserTransaction transaction;

  @Inject HttpServletRequest runnerRequest;

  @Inject AuditChainVerification verification;

  @Inject AuditChainMonitor monitor;

  @Inject AuditCheckpoints checkpoints;

  @Inject AuditKeyring keyring;

  private String conversation;
  private int port;

  @Deployment
  static WebArchive deployment() {
    return Deployments.clinicChatWithTestHelpers();
  }

  @BeforeEach
  void startConversation() {
    port = runnerRequest.getLocalPort();
    PatientClient patient = PatientClient.insideServer(port);
    Visitor visitor = patient.consent();
    conversation = patient.startConversation(visitor.token());
    assertEquals(201, patient.send(visitor.token(), conversation, "What are your hours?").status());
  }

  @Test
  void storedChainIntact() {
    ChainVerification result = verification.verify();

    assertTrue(result.intact(), result::summary);
  }

  @Test
  void chainEndsAtNewestEvent() {
    Object[] newest =
        (Object[])
            entityManager
                .createNativeQuery(
                    "SELECT seq_no, event_hash FROM audit_event ORDER BY seq_no DESC"
                        + " FETCH FIRST 1 ROWS ONLY")
                .getSingleResult();

    ChainVerification result = verification.verify();

    assertEquals(((Number) newest[0]).longValue(), result.head().sequence());
    assertEquals(newest[1], result.head().eventHash());
  }

  @Test
  void editedRowPinpointed() throws Exception {
    long sequence = sequenceOf("MESSAGE_SENT");
    String actor = (String) column("actor", sequence);

    ChainVerification result;
    try {
      sql("UPDATE audit_event SET actor = 'someone-else' WHERE seq_no = " + sequence);
      result = verification.verify();
    } finally {
      sql("UPDATE audit_event SET actor = '" + actor + "' WHERE seq_no = " + sequence);
    }

    assertFalse(result.intact());
    assertEquals(ChainBreak.CONTENT_CHANGED, result.breakKind());
    assertEquals(sequence, result.sequence());
    assertTrue(verification.verify().intact(), "intact again once the row is restored");
  }

  @Test
  void rehashedRowFailsMac() throws Exception {
    long sequence = sequenceOf("MESSAGE_SENT");
    String outcome = (String) column("outcome", sequence);
    String hash = (String) column("event_hash", sequence);
    AuditRecord stored = entityManager.find(AuditEvent.class, sequence).toRecord();
    String forgedHash = new AuditSeal(null).eventHash(withOutcome(stored, "FAILURE"));

    ChainVerification result;
    try {
      sql(
          "UPDATE audit_event SET outcome = 'FAILURE', event_hash = '"
              + forgedHash
              + "' WHERE seq_no = "
              + sequence);
      result = verification.verify();
    } finally {
      sql(
          "UPDATE audit_event SET outcome = '"
              + outcome
              + "', event_hash = '"
              + hash
              + "' WHERE seq_no = "
              + sequence);
    }

    assertEquals(ChainBreak.MAC_INVALID, result.breakKind());
    assertEquals(sequence, result.sequence());
  }

  @Test
  void deletedRowPinpointed() throws Exception {
    long sequence = sequenceOf("CONVERSATION_STARTED");

    ChainVerification result;
    sql("CREATE TABLE audit_event_kept AS SELECT * FROM audit_event WHERE seq_no = " + sequence);
    try {
      sql("DELETE FROM audit_event WHERE seq_no = " + sequence);
      result = verification.verify();
    } finally {
      sql("INSERT INTO audit_event SELECT * FROM audit_event_kept");
      sql("DROP TABLE audit_event_kept");
    }

    assertEquals(ChainBreak.SEQUENCE_GAP, result.breakKind());
    assertEquals(sequence + 1, result.sequence());
    assertTrue(verification.verify().intact(), "intact again once the row is back");
  }

  @Test
  void concurrentAppendsStayLinear() throws Exception {
    long before = verification.verify().head().sequence();
    ExecutorService patients = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> tasks = new ArrayList<>();

    // Patients on plain threads, each over its own TLS connection, as concurrent visitors arrive.
    try {
      for (int thread = 0; thread < THREADS; thread++) {
        tasks.add(patients.submit(this::consentRepeatedly));
      }
      for (Future<?> task : tasks) {
        task.get();
      }
    } finally {
      patients.shutdownNow();
    }

    ChainVerification result = verification.verify();
    assertTrue(result.intact(), result::summary);
    assertTrue(
        result.head().sequence() >= before + THREADS * EVENTS_PER_THREAD,
        "every concurrent event is in the chain");
  }

  @Test
  void monitorWritesSignedCheckpoint() {
    ChainVerification result = monitor.verifyAndCheckpoint();

    ChainCheckpoint newest = checkpoints.newest();
    assertTrue(result.intact(), result::summary);
    assertEquals(result.head(), newest.head());
    assertTrue(newest.isSignedBy(keyring.keys().checkpointPublicKey()));
  }

  @Test
  void patientEventCarriesPurposeAndClient() {
    long sequence = sequenceOf("MESSAGE_SENT");

    assertEquals("PATIENT_REQUEST", column("purpose", sequence));
    assertEquals("api", column("client_channel", sequence));
    assertNull(column("client_address", sequence), "a patient's address is PHI");
    assertTrue(
        String.valueOf(column("client_agent", sequence)).startsWith("Java-http-client/"),
        () -> "agent " + column("client_agent", sequence));
  }

  private static AuditRecord withOutcome(AuditRecord r, String outcome) {
    return new AuditRecord(
        r.sequence(),
        r.occurredAt(),
        r.actor(),
        r.actorRole(),
        r.action(),
        r.resourceType(),
        r.resourceId(),
        r.purpose(),
        outcome,
        r.clientChannel(),
        r.clientAddress(),
        r.clientAgent(),
        r.previousHash(),
        r.eventHash(),
        r.mac());
  }

  private void consentRepeatedly() {
    PatientClient patient = PatientClient.insideServer(port);
    for (int i = 0; i < EVENTS_PER_THREAD; i++) {
      patient.consent();
    }
  }

  private long sequenceOf(String action) {
    Number sequence =
        (Number)
            entityManager
                .createNativeQuery(
                    "SELECT MAX(seq_no) FROM audit_event WHERE resource_id = ?1 AND action = ?2")
                .setParameter(1, conversation)
                .setParameter(2, action)
                .getSingleResult();
    return sequence.longValue();
  }

  private Object column(String name, long sequence) {
    return entityManager
        .createNativeQuery("SELECT " + name + " FROM audit_event WHERE seq_no = ?1")
        .setParameter(1, sequence)
        .getSingleResult();
  }

  private void sql(String statement) throws Exception {
    transaction.begin();
    try {
      entityManager.joinTransaction();
      entityManager.createNativeQuery(statement).executeUpdate();
      transaction.commit();
    } catch (RuntimeException e) {
      transaction.rollback();
      throw e;
    }
  }
}

package org.clinicchat.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.clinicchat.alert.Alert;
import org.clinicchat.alert.AlertEvaluation;
import org.clinicchat.alert.AlertRule;
import org.clinicchat.security.PasswordHasher;
import org.clinicchat.testing.Deployments;
import org.clinicchat.testing.PatientClient;
import org.clinicchat.testing.PatientClient.Visitor;
import org.clinicchat.testing.StaffSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A chain check that an auditor starts finds a row changed with plain SQL, as someone with database
 * access could change it, and the monitoring raises an alert for it. Runs inside the server to
 * change the row and calls the verification endpoint over loopback TLS as a new auditor, the alert
 * subject, created with SQL for each test. The changed row is restored before the test ends,
 * because the test database outlives the run.
 */
@ExtendWith(ArquillianExtension.class)
class AuditChainAlertIT {

  private static final String PASSWORD = "auditor checks the chain 42";
  private static final String VERIFICATION = "admin/audit/chain-verification";

  @PersistenceContext EntityManager entityManager;

  @Inject UserTransaction transaction;

  @Inject HttpServletRequest runnerRequest;

  @Inject PasswordHasher passwordHasher;

  @Inject AlertEvaluation evaluation;

  private String auditor;
  private StaffSession session;
  private long tamperedSequence;

  @Deployment
  static WebArchive deployment() {
    return Deployments.clinicChatWithTestHelpers();
  }

  @BeforeEach
  void signInNewAuditor() throws Exception {
    int port = runnerRequest.getLocalPort();
    PatientClient patient = PatientClient.insideServer(port);
    Visitor visitor = patient.consent();
    String conversation = patient.startConversation(visitor.token());
    tamperedSequence = newestEvent(conversation);
    auditor = createAuditor();
    session = StaffSession.signInInsideServer(port, auditor, PASSWORD);
  }

  @Test
  void tamperedChainAnswersConflict() throws Exception {
    assertEquals(409, verifyWithRowChanged());
  }

  @Test
  void tamperedChainCheckRecordedAsFailure() throws Exception {
    verifyWithRowChanged();

    assertEquals("FAILURE", newestVerificationOutcome());
  }

  @Test
  void tamperedChainCheckRaisesAlert() throws Exception {
    verifyWithRowChanged();

    evaluation.run();

    assertEquals(1, chainAlerts().size());
  }

  @Test
  void intactChainAnswersOk() {
    assertEquals(200, session.get(VERIFICATION).statusCode());
  }

  @Test
  void intactChainCheckRecordedAsSuccess() {
    session.get(VERIFICATION);

    assertEquals("SUCCESS", newestVerificationOutcome());
  }

  @Test
  void intactChainCheckRaisesNothing() {
    session.get(VERIFICATION);

    evaluation.run();

    assertEquals(List.of(), chainAlerts());
  }

  /** Changes the actor of a stored event, calls the endpoint, and restores the row. */
  private int verifyWithRowChanged() throws Exception {
    String actor = (String) column("actor", tamperedSequence);
    String update = "UPDATE audit_event SET actor = ?1 WHERE seq_no = ?2";
    try {
      update(update, "someone-else", tamperedSequence);
      return session.get(VERIFICATION).statusCode();
    } finally {
      update(update, actor, tamperedSequence);
    }
  }

  private long newestEvent(String conversation) {
    return ((Number)
            entityManager
                .createNativeQuery("SELECT MAX(seq_no) FROM audit_event WHERE resource_id = ?1")
                .setParameter(1, conversation)
                .getSingleResult())
        .longValue();
  }

  private String newestVerificationOutcome() {
    return (String)
        entityManager
            .createNativeQuery(
                "SELECT outcome FROM audit_event WHERE actor = ?1 AND action = ?2"
                    + " ORDER BY seq_no DESC FETCH FIRST 1 ROWS ONLY")
            .setParameter(1, auditor)
            .setParameter(2, AuditAction.AUDIT_CHAIN_VERIFIED.name())
            .getSingleResult();
  }

  private List<Alert> chainAlerts() {
    return entityManager
        .createQuery(
            "SELECT a FROM Alert a WHERE a.rule = :rule AND a.subject = :subject", Alert.class)
        .setParameter("rule", AlertRule.AUDIT_CHAIN_BROKEN)
        .setParameter("subject", auditor)
        .getResultList();
  }

  private Object column(String name, long sequence) {
    return entityManager
        .createNativeQuery("SELECT " + name + " FROM audit_event WHERE seq_no = ?1")
        .setParameter(1, sequence)
        .getSingleResult();
  }

  /** Creates an auditor with SQL and returns its user name, new in every test. */
  private String createAuditor() throws Exception {
    String username = "chain-" + UUID.randomUUID().toString().substring(0, 8);
    update(
        "INSERT INTO staff_account (username, password_hash, enabled, created_at)"
            + " VALUES (?1, ?2, ?3, ?4)",
        username,
        passwordHasher.hash(PASSWORD.toCharArray()),
        Boolean.TRUE,
        Timestamp.from(Instant.now()));
    update("INSERT INTO staff_role (username, role) VALUES (?1, ?2)", username, "AUDITOR");
    return username;
  }

  /** Runs one SQL statement with its positional parameters in a transaction of its own. */
  private void update(String statement, Object... parameters) throws Exception {
    transaction.begin();
    try {
      entityManager.joinTransaction();
      Query query = entityManager.createNativeQuery(statement);
      for (int i = 0; i < parameters.length; i++) {
        query.setParameter(i + 1, parameters[i]);
      }
      query.executeUpdate();
      transaction.commit();
    } catch (RuntimeException e) {
      transaction.rollback();
      throw e;
    }
  }
}

package org.clinicchat.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.clinicchat.testing.Deployments;
import org.clinicchat.testing.StaffSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The idle timeout of staff sessions, set short through MicroProfile Config. It runs inside the
 * server, because a system property set there is a config source of the server. The property is set
 * before anything in this server reads it, as Payara caches config values once read.
 */
@ExtendWith(ArquillianExtension.class)
class SessionTimeoutIT {

  private static final String PASSWORD = "idle session target phrase 7";
  private static final String SHORT_IDLE_TIMEOUT = "PT2S";
  private static final long PAST_IDLE_TIMEOUT_MILLIS = 4_000;

  /** Longer than the cluster check interval that pom.xml sets for the test instance, PT2S. */
  private static final long PAST_CLUSTER_CHECK_MILLIS = 3_000;

  @PersistenceContext EntityManager entityManager;

  @Inject UserTransaction transaction;

  @Inject PasswordHasher passwordHasher;

  /** The request of the Arquillian test runner, whose local port is the TLS listener's. */
  @Inject HttpServletRequest runnerRequest;

  @Deployment
  static WebArchive deployment() {
    return Deployments.clinicChatWithTestHelpers();
  }

  @AfterEach
  void restoreIdleTimeout() {
    System.clearProperty(SessionPolicy.IDLE_TIMEOUT);
  }

  @Test
  void idleSessionExpires() throws Exception {
    System.setProperty(SessionPolicy.IDLE_TIMEOUT, SHORT_IDLE_TIMEOUT);
    String username = createClinician();
    StaffSession session =
        StaffSession.signInInsideServer(runnerRequest.getLocalPort(), username, PASSWORD);

    // Waiting is the point of this test: the session must end once it has been idle that long.
    Thread.sleep(PAST_IDLE_TIMEOUT_MILLIS);

    assertEquals("/login.xhtml", StaffSession.redirectPath(session.get("admin/index.xhtml")));
  }

  @Test
  void sessionEndedOnAnotherServer() throws Exception {
    String username = createClinician();
    StaffSession session =
        StaffSession.signInInsideServer(runnerRequest.getLocalPort(), username, PASSWORD);
    assertEquals(200, session.get("admin/index.xhtml").statusCode(), "signed in");

    recordCutoffAsAnotherServer(username);
    // Waiting is the point: this server reads the shared cutoff again after the check interval.
    Thread.sleep(PAST_CLUSTER_CHECK_MILLIS);

    assertEquals("/login.xhtml", StaffSession.redirectPath(session.get("admin/index.xhtml")));
  }

  /** Writes the cutoff row that a logout on another server of the cluster writes. */
  private void recordCutoffAsAnotherServer(String username) throws Exception {
    transaction.begin();
    try {
      entityManager
          .createNativeQuery(
              "INSERT INTO staff_session_cutoff (username, ended_before_millis) VALUES (?1, ?2)")
          .setParameter(1, username)
          .setParameter(2, Instant.now().toEpochMilli())
          .executeUpdate();
      transaction.commit();
    } catch (Exception e) {
      transaction.rollback();
      throw e;
    }
  }

  /** Creates a clinician with SQL and returns its user name, new in every run. */
  private String createClinician() throws Exception {
    String username = "idle-" + UUID.randomUUID().toString().substring(0, 8);
    String hash = passwordHasher.hash(PASSWORD.toCharArray());
    transaction.begin();
    try {
      entityManager
          .createNativeQuery(
              "INSERT INTO staff_account (username, password_hash, enabled, created_at)"
                  + " VALUES (?1, ?2, ?3, ?4)")
          .setParameter(1, username)
          .setParameter(2, hash)
          .setParameter(3, Boolean.TRUE)
          .setParameter(4, Timestamp.from(Instant.now()))
          .executeUpdate();
      entityManager
          .createNativeQuery("INSERT INTO staff_role (username, role) VALUES (?1, ?2)")
          .setParameter(1, username)
          .setParameter(2, "CLINICIAN")
          .executeUpdate();
      transaction.commit();
    } catch (Exception e) {
      transaction.rollback();
      throw e;
    }
    return username;
  }
}

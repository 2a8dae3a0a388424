package org.clinicchat.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.File;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.clinicchat.audit.AccessPurpose;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.AuditOutcome;
import org.clinicchat.audit.AuditTrail;
import org.clinicchat.testing.Deployments;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The monitoring inside the server: audit events recorded through the audit trail, the scan that
 * stores alerts once, and the email that a real SMTP server receives. The SMTP server is GreenMail,
 * started inside the server on 127.0.0.1 at the port that the test instance's settings name. Actors
 * are unique per test, because the test database keeps its events between classes and runs.
 */
@ExtendWith(ArquillianExtension.class)
class AlertMonitoringIT {

  /** Enough runs to send every pending alert, ten per run, that earlier classes left. */
  private static final int MAX_RUNS = 50;

  @Inject AuditTrail auditTrail;

  @Inject AlertEvaluation evaluation;

  @PersistenceContext EntityManager entityManager;

  private GreenMail smtp;

  @Deployment
  static WebArchive deployment() {
    return Deployments.clinicChatWithTestHelpers()
        .addAsLibraries(jarOf(GreenMail.class), jarOf(org.slf4j.LoggerFactory.class));
  }

  @BeforeEach
  void startSmtp() {
    int port = ConfigProvider.getConfig().getValue("clinicchat.mail.smtp.port", Integer.class);
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterEach
  void stopSmtp() {
    smtp.stop();
  }

  @Test
  void failedLoginsRaiseAlert() {
    String user = uniqueUser();
    failLogins(user, 5);

    evaluateAll();

    assertEquals(1, alertsFor(AlertRule.FAILED_LOGINS_FOR_USER, user).size());
  }

  @Test
  void fewFailedLoginsRaiseNothing() {
    String user = uniqueUser();
    failLogins(user, 2);

    evaluateAll();

    assertEquals(List.of(), alertsFor(AlertRule.FAILED_LOGINS_FOR_USER, user));
  }

  @Test
  void furtherFailuresNoSecondAlert() {
    String user = uniqueUser();
    failLogins(user, 5);
    evaluateAll();

    failLogins(user, 3);
    evaluateAll();
    evaluateAll();

    assertEquals(1, alertsFor(AlertRule.FAILED_LOGINS_FOR_USER, user).size());
  }

  @Test
  void alertCountsFailures() {
    String user = uniqueUser();
    failLogins(user, 5);

    evaluateAll();

    assertEquals(5, alertsFor(AlertRule.FAILED_LOGINS_FOR_USER, user).getFirst().getEventCount());
  }

  @Test
  void emergencyAccessRaisesAlert() {
    String user = uniqueUser();
    grantEmergencyAccess(user, UUID.randomUUID().toString());

    evaluateAll();

    assertEquals(1, alertsFor(AlertRule.EMERGENCY_ACCESS, user).size());
  }

  @Test
  void brokenChainCheckRaisesAlert() {
    String user = uniqueUser();
    verifyChain(user, AuditOutcome.FAILURE);

    evaluateAll();

    assertEquals(1, alertsFor(AlertRule.AUDIT_CHAIN_BROKEN, user).size());
  }

  @Test
  void intactChainCheckRaisesNothing() {
    String user = uniqueUser();
    verifyChain(user, AuditOutcome.SUCCESS);

    evaluateAll();

    assertEquals(List.of(), alertsFor(AlertRule.AUDIT_CHAIN_BROKEN, user));
  }

  @Test
  void alertEmailNamesRuleAndUser() throws MessagingException {
    String user = uniqueUser();
    failLogins(user, 5);

    evaluateAll();

    MimeMessage email = emailNaming(user);
    String body = GreenMailUtil.getBody(email);
    assertEquals(
        "ClinicChat alert: " + AlertRule.FAILED_LOGINS_FOR_USER.description(), email.getSubject());
    assertEquals("privacy-officer@clinic.test", email.getAllRecipients()[0].toString());
    assertTrue(body.contains("Rule: FAILED_LOGINS_FOR_USER"), body);
    assertTrue(body.contains("Staff user: " + user), body);
    assertTrue(body.contains("Count: 5"), body);
    assertTrue(body.contains("/admin/alerts/index.xhtml"), body);
  }

  @Test
  void alertEmailOmitsConversation() throws MessagingException {
    String user = uniqueUser();
    String conversation = UUID.randomUUID().toString();
    grantEmergencyAccess(user, conversation);

    evaluateAll();

    String body = GreenMailUtil.getBody(emailNaming(user));
    assertFalse(body.contains(conversation), "the email names no conversation: " + body);
  }

  @Test
  void emailedAlertMarkedSent() {
    String user = uniqueUser();
    grantEmergencyAccess(user, UUID.randomUUID().toString());

    evaluateAll();

    assertTrue(alertsFor(AlertRule.EMERGENCY_ACCESS, user).getFirst().getNotifiedAt() != null);
  }

  private void failLogins(String user, int count) {
    for (int i = 0; i < count; i++) {
      auditTrail.record(
          AuditAction.LOGIN_FAILED,
          "StaffAccount",
          user,
          AccessPurpose.HEALTHCARE_OPERATIONS,
          AuditOutcome.FAILURE,
          user);
    }
  }

  private void verifyChain(String user, AuditOutcome outcome) {
    auditTrail.record(
        AuditAction.AUDIT_CHAIN_VERIFIED,
        "AuditTrail",
        null,
        AccessPurpose.HEALTHCARE_OPERATIONS,
        outcome,
        user);
  }

  private void grantEmergencyAccess(String user, String conversation) {
    auditTrail.record(
        AuditAction.EMERGENCY_ACCESS_GRANTED,
        "Conversation",
        conversation,
        AccessPurpose.TREATMENT,
        AuditOutcome.SUCCESS,
        user);
  }

  /** Runs the monitoring until no pending alert is left to email. */
  private void evaluateAll() {
    for (int run = 0; run < MAX_RUNS; run++) {
      if (evaluation.run().emailed() == 0) {
        return;
      }
    }
  }

  private List<Alert> alertsFor(AlertRule rule, String subject) {
    return entityManager
        .createQuery(
            "SELECT a FROM Alert a WHERE a.rule = :rule AND a.subject = :subject", Alert.class)
        .setParameter("rule", rule)
        .setParameter("subject", subject)
        .getResultList();
  }

  private MimeMessage emailNaming(String user) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(message -> GreenMailUtil.getBody(message).contains(user))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No alert email names " + user));
  }

  private static String uniqueUser() {
    return "it-" + UUID.randomUUID();
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("Cannot locate the jar of " + type.getName(), e);
    }
  }
}

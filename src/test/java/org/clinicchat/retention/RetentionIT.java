package org.clinicchat.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.testing.Deployments;
import org.clinicchat.testing.PatientClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Retention inside the server: which transcripts are due at a time seven years ahead, that a legal
 * hold protects one, and what an erasure leaves behind. Only conversations made by the test are
 * erased, so other test classes keep their data.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

  private static final int ALL = Integer.MAX_VALUE;

  @PersistenceContext EntityManager entityManager;

  @Inject UserTransaction transaction;

  @Inject Retention retention;

  /** The request of the Arquillian test runner, whose local port is the TLS listener's. */
  @Inject HttpServletRequest runnerRequest;

  @Deployment
  static WebArchive deployment() {
    return Deployments.clinicChatWithTestHelpers();
  }

  @Test
  void expiredTranscriptIsDue() {
    String conversation = startConversation(patient().agree());

    assertTrue(due(Retention.TRANSCRIPT_RULE, sevenYearsAhead()).contains(conversation));
  }

  @Test
  void recentTranscriptIsNotDue() {
    String conversation = startConversation(patient().agree());

    assertFalse(due(Retention.TRANSCRIPT_RULE, Instant.now()).contains(conversation));
  }

  @Test
  void heldTranscriptIsNotDue() throws Exception {
    String conversation = startConversation(patient().agree());
    placeHold(conversation);

    assertFalse(due(Retention.TRANSCRIPT_RULE, sevenYearsAhead()).contains(conversation));
  }

  @Test
  void heldTranscriptIsNotErased() throws Exception {
    String conversation = startConversation(patient().agree());
    placeHold(conversation);

    assertFalse(retention.erase(conversation, Retention.TRANSCRIPT_RULE));
  }

  @Test
  void erasureLeavesReceiptAndAuditEvent() {
    String conversation = startConversation(patient().agree());

    assertTrue(retention.erase(conversation, Retention.TRANSCRIPT_RULE), "erased");
    assertNotNull(entityManager.find(ErasureReceipt.class, conversation), "receipt");
    assertEquals(1, erasureEvents(conversation), "one audit event");
  }

  @Test
  void erasedTranscriptReadsAsErased() {
    PatientClient patient = patient();
    String token = patient.agree();
    String conversation = startConversation(token);

    retention.erase(conversation, Retention.TRANSCRIPT_RULE);

    List<String> states =
        patient.transcript(token, conversation).jsonArray().getValuesAs(JsonObject.class).stream()
            .map(message -> message.getString("textState"))
            .distinct()
            .toList();
    assertEquals(List.of("ERASED"), states);
  }

  @Test
  void erasedTranscriptIsNotDueAgain() {
    String conversation = startConversation(patient().agree());
    retention.erase(conversation, Retention.TRANSCRIPT_RULE);

    assertFalse(due(Retention.TRANSCRIPT_RULE, sevenYearsAhead()).contains(conversation));
  }

  @Test
  void revokedConsentTranscriptIsDue() {
    PatientClient patient = patient();
    String token = patient.agree();
    String conversation = startConversation(token);
    assertEquals(204, patient.delete("api/consents/current", token).status(), "revoked");

    assertTrue(due(Retention.REVOKED_CONSENT_RULE, sevenYearsAhead()).contains(conversation));
  }

  private List<String> due(String rule, Instant at) {
    return retention.due(rule, at, ALL);
  }

  private static Instant sevenYearsAhead() {
    return Instant.now().atOffset(ZoneOffset.UTC).plusYears(7).toInstant();
  }

  private PatientClient patient() {
    return PatientClient.insideServer(runnerRequest.getLocalPort());
  }

  private String startConversation(String token) {
    PatientClient patient = patient();
    String conversation = patient.startConversation(token);
    PatientClient.Reply reply = patient.send(token, conversation, "What are your hours?");
    if (reply.status() != 201) {
      throw new IllegalStateException("Sending a patient message failed: " + reply);
    }
    return conversation;
  }

  private void placeHold(String conversation) throws Exception {
    transaction.begin();
    try {
      entityManager.persist(
          new LegalHold(conversation, "Case 2026-114", "it-privacy", Instant.now()));
      transaction.commit();
    } catch (Exception e) {
      transaction.rollback();
      throw e;
    }
  }

  private long erasureEvents(String conversation) {
    return entityManager
        .createQuery(
            "SELECT COUNT(e) FROM AuditEvent e WHERE e.action = :action AND e.resourceId = :id",
            Long.class)
        .setParameter("action", AuditAction.CONVERSATION_ERASED)
        .setParameter("id", conversation)
        .getSingleResult();
  }
}

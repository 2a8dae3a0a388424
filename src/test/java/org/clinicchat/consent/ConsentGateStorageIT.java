package org.clinicchat.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.clinicchat.testing.Deployments;
import org.clinicchat.testing.PatientClient;
import org.clinicchat.testing.PatientClient.Visitor;
import org.clinicchat.testing.TestTokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A call rejected for lack of consent stores nothing, and neither do the general questions of a
 * visitor who declined. Runs inside the server: it calls the patient API over loopback TLS and
 * counts rows in the database, which a patient can no longer read once consent is revoked.
 */
@ExtendWith(ArquillianExtension.class)
class ConsentGateStorageIT {

  @PersistenceContext EntityManager entityManager;

  /** The request of the Arquillian test runner, whose local port is the TLS listener's. */
  @Inject HttpServletRequest runnerRequest;

  private PatientClient patient;
  private Visitor visitor;
  private String conversation;

  @Deployment
  static WebArchive deployment() {
    return Deployments.clinicChatWithTestHelpers();
  }

  @BeforeEach
  void startConversation() {
    patient = PatientClient.insideServer(runnerRequest.getLocalPort());
    visitor = patient.consent();
    conversation = patient.startConversation(visitor.token());
    assertEquals(201, patient.send(visitor.token(), conversation, "What are your hours?").status());
  }

  @Test
  void revokedStoresNothing() {
    assertEquals(204, patient.delete("api/consents/current", visitor.token()).status());

    assertEquals(403, patient.send(visitor.token(), conversation, "my head hurts").status());
    assertEquals(403, patient.post("api/conversations", visitor.token(), null).status());

    assertEquals(2L, messageRows(), "only the exchange from before the revocation");
    assertEquals(2, messageCount(), "the conversation's counter did not move");
    assertEquals(1L, conversationsOf(visitor.pseudonym()));
  }

  @Test
  void unknownConsentStoresNothing() {
    String token =
        TestTokens.rs256(
            TestTokens.patientClaims(visitor.pseudonym(), UUID.randomUUID().toString()).build(),
            TestTokens.serverSigningKey());

    assertEquals(403, patient.send(token, conversation, "my head hurts").status());
    assertEquals(403, patient.post("api/conversations", token, null).status());

    assertEquals(2L, messageRows());
    assertEquals(2, messageCount());
    assertEquals(1L, conversationsOf(visitor.pseudonym()));
  }

  @Test
  void declinedVisitorQuestionsStoreNothing() {
    long conversations = rows("conversation");
    long messages = rows("chat_message");
    long consents = rows("consent");

    for (String question :
        List.of("What are your hours?", "What is your phone number?", "My name is Ada Planted")) {
      String body = "{\"question\":\"" + question + "\"}";
      assertEquals(200, patient.post("api/public-answers", null, body).status(), question);
    }

    assertEquals(conversations, rows("conversation"), "no conversation stored");
    assertEquals(messages, rows("chat_message"), "no message stored");
    assertEquals(consents, rows("consent"), "no consent stored");
  }

  private long rows(String table) {
    Number count =
        (Number) entityManager.createNativeQuery("SELECT COUNT(*) FROM " + table).getSingleResult();
    return count.longValue();
  }

  private long messageRows() {
    return count("SELECT COUNT(*) FROM chat_message WHERE conversation_id = ?1", conversation);
  }

  private int messageCount() {
    Number count =
        (Number)
            entityManager
                .createNativeQuery("SELECT message_count FROM conversation WHERE id = ?1")
                .setParameter(1, conversation)
                .getSingleResult();
    return count.intValue();
  }

  private long conversationsOf(String pseudonym) {
    return count("SELECT COUNT(*) FROM conversation WHERE visitor = ?1", pseudonym);
  }

  private long count(String sql, String parameter) {
    Number count =
        (Number) entityManager.createNativeQuery(sql).setParameter(1, parameter).getSingleResult();
    return count.longValue();
  }
}

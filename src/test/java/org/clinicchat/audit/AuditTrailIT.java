package org.clinicchat.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
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
 * Every access to a conversation leaves an audit event that names the visitor by pseudonym, and no
 * event contains message text. Runs inside the server: it calls the patient API over loopback TLS
 * and reads the audit_event table with SQL.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

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
  }

  @Test
  void patientCallsAudited() {
    assertEquals(201, patient.send(visitor.token(), conversation, "Hello").status());
    assertEquals(200, patient.transcript(visitor.token(), conversation).status());

    List<Event> events = eventsFor(conversation);

    assertTrue(events.contains(success("CONVERSATION_STARTED")), events::toString);
    assertTrue(events.contains(success("MESSAGE_SENT")), events::toString);
    assertTrue(events.contains(success("TRANSCRIPT_READ")), events::toString);
  }

  @Test
  void handoffRequestAudited() {
    assertEquals(
        201, patient.send(visitor.token(), conversation, "Can I talk to a person?").status());

    List<Event> events = eventsFor(conversation);

    assertTrue(events.contains(success("HANDOFF_REQUESTED")), events::toString);
  }

  @Test
  void rejectedCallAudited() {
    assertEquals(204, patient.delete("api/consents/current", visitor.token()).status());
    assertEquals(403, patient.send(visitor.token(), conversation, "Hello").status());

    List<Event> events = eventsFor(conversation);

    assertTrue(events.contains(failure("MESSAGE_SENT")), events::toString);
  }

  @Test
  void freeTextIdNeverAudited() {
    // Percent-encoded spaces, as a browser would send them in the path.
    String phiAsId = "Zebulon%20Quartermaine%201957-03-14%20" + UUID.randomUUID();

    assertEquals(404, patient.send(visitor.token(), phiAsId, "Hello").status());

    @SuppressWarnings("unchecked")
    List<Object> holding =
        entityManager
            .createNativeQuery("SELECT seq_no FROM audit_event WHERE resource_id LIKE ?1")
            .setParameter(1, "%Zebulon%")
            .getResultList();
    assertEquals(List.of(), holding, "no audit event stores a free-text id");
  }

  @Test
  void noMessageText() {
    String marker = "audit-marker-" + UUID.randomUUID();
    assertEquals(201, patient.send(visitor.token(), conversation, marker).status());
    assertEquals(200, patient.transcript(visitor.token(), conversation).status());

    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager.createNativeQuery("SELECT * FROM audit_event").getResultList();
    List<String> holding = new ArrayList<>();
    for (Object[] row : rows) {
      if (Arrays.toString(row).contains(marker)) {
        holding.add(Arrays.toString(row));
      }
    }

    assertTrue(rows.size() >= 3, "the table was read");
    assertEquals(List.of(), holding, "no column of any audit event holds the message text");
  }

  private Event success(String action) {
    return new Event(action, visitor.pseudonym(), "PATIENT", "SUCCESS");
  }

  private Event failure(String action) {
    return new Event(action, visitor.pseudonym(), "PATIENT", "FAILURE");
  }

  private List<Event> eventsFor(String resourceId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT action, actor, actor_role, outcome FROM audit_event"
                    + " WHERE resource_id = ?1 ORDER BY seq_no")
            .setParameter(1, resourceId)
            .getResultList();
    return rows.stream()
        .map(row -> new Event((String) row[0], (String) row[1], (String) row[2], (String) row[3]))
        .toList();
  }

  /** One stored audit event: the action, the actor and the actor's role, and the outcome. */
  record Event(String action, String actor, String role, String outcome) {}
}

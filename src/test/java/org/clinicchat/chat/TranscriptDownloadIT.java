package org.clinicchat.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.clinicchat.testing.Deployments;
import org.clinicchat.testing.PatientClient;
import org.clinicchat.testing.PatientClient.Visitor;
import org.clinicchat.widget.XssPayloads;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The transcript a patient downloads, and the text of hostile messages: both come back exactly as
 * the patient wrote them, downloads are audited, and a withdrawn consent stops them. Runs inside
 * the server: it calls the patient API over loopback TLS and reads the audit_event table with SQL.
 */
@ExtendWith(ArquillianExtension.class)
class TranscriptDownloadIT {

  @PersistenceContext EntityManager entityManager;

  /** The request of the Arquillian test runner, whose local port is the TLS listener's. */
  @Inject HttpServletRequest runnerRequest;

  private PatientClient patient;
  private HttpClient http;
  private Visitor visitor;
  private String conversation;

  @Deployment
  static WebArchive deployment() {
    return Deployments.clinicChatWithTestHelpers().addClass(XssPayloads.class);
  }

  @BeforeEach
  void startConversation() {
    patient = PatientClient.insideServer(runnerRequest.getLocalPort());
    http = HttpClient.newBuilder().sslContext(PatientClient.serverTlsTrust()).build();
    visitor = patient.consent();
    conversation = patient.startConversation(visitor.token());
    assertEquals(201, patient.send(visitor.token(), conversation, "What are your hours?").status());
  }

  @Test
  void jsonHasEveryMessage() throws Exception {
    HttpResponse<String> response = download("application/json", visitor.token(), "");

    JsonObject transcript = parse(response.body());
    JsonArray messages = transcript.getJsonArray("messages");
    assertEquals(200, response.statusCode());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    assertEquals(conversation, transcript.getString("conversationId"));
    assertEquals(2, messages.size(), messages::toString);
    assertEquals("What are your hours?", messages.getJsonObject(0).getString("text"));
    assertEquals("ASSISTANT", messages.getJsonObject(1).getString("sender"));
  }

  @Test
  void jsonIsAnAttachment() throws Exception {
    HttpResponse<String> response = download("application/json", visitor.token(), "");

    assertEquals(
        "attachment; filename=\"clinicchat-transcript-" + conversation + ".json\"",
        response.headers().firstValue("Content-Disposition").orElse(""));
  }

  @Test
  void plainTextHasEveryMessage() throws Exception {
    HttpResponse<String> response = download("text/plain", visitor.token(), "");

    assertEquals(200, response.statusCode());
    assertEquals(
        "text/plain;charset=UTF-8", response.headers().firstValue("Content-Type").orElse(""));
    assertEquals(
        "attachment; filename=\"clinicchat-transcript-" + conversation + ".txt\"",
        response.headers().firstValue("Content-Disposition").orElse(""));
    assertTrue(response.body().contains("] You:\nWhat are your hours?\n"), response.body());
    assertTrue(response.body().contains("] Assistant:\n"), response.body());
  }

  @Test
  void plainTextInSpanish() throws Exception {
    HttpResponse<String> response = download("text/plain", visitor.token(), "?language=es");

    assertTrue(response.body().startsWith("Transcripción de su chat"), response.body());
    assertTrue(response.body().contains("] Usted:\nWhat are your hours?\n"), response.body());
  }

  @Test
  void unknownLanguageRejected() throws Exception {
    HttpResponse<String> response = download("text/plain", visitor.token(), "?language=fr");

    assertEquals(400, response.statusCode());
    assertTrue(response.body().contains("language must be en or es."), response.body());
  }

  @Test
  void downloadAudited() throws Exception {
    assertEquals(200, download("application/json", visitor.token(), "").statusCode());
    assertEquals(200, download("text/plain", visitor.token(), "").statusCode());

    List<String> events = eventsFor(conversation, "TRANSCRIPT_DOWNLOADED");

    assertEquals(List.of("SUCCESS", "SUCCESS"), events);
  }

  @Test
  void withdrawnConsentStopsDownload() throws Exception {
    assertEquals(204, patient.delete("api/consents/current", visitor.token()).status());

    HttpResponse<String> response = download("text/plain", visitor.token(), "");

    assertEquals(403, response.statusCode());
    assertEquals(List.of("FAILURE"), eventsFor(conversation, "TRANSCRIPT_DOWNLOADED"));
    assertEquals(List.of("SUCCESS"), eventsFor(visitor.consentId(), "CONSENT_REVOKED"));
  }

  @Test
  void otherVisitorsTranscriptNotFound() throws Exception {
    Visitor other = patient.consent();

    HttpResponse<String> response = download("application/json", other.token(), "");

    assertEquals(404, response.statusCode());
  }

  /** A token in the query string, where logs and browser history would keep it, is not read. */
  @Test
  void tokenInQueryRejected() throws Exception {
    HttpResponse<String> response =
        download("application/json", null, "?access_token=" + visitor.token());

    assertEquals(401, response.statusCode());
  }

  @Test
  void hostileTextStoredUnchanged() {
    List<String> changed = new ArrayList<>();
    for (String payload : XssPayloads.ALL) {
      JsonObject exchange = patient.send(visitor.token(), conversation, payload).json();
      String stored = exchange.getJsonObject("patientMessage").getString("text");
      if (!payload.equals(stored)) {
        changed.add(payload + " -> " + stored);
      }
    }

    assertEquals(List.of(), changed);
  }

  @Test
  void hostileTextReturnedUnchanged() throws Exception {
    for (String payload : XssPayloads.ALL) {
      assertEquals(201, patient.send(visitor.token(), conversation, payload).status());
    }

    JsonArray messages = patient.transcript(visitor.token(), conversation).jsonArray();
    List<String> patientTexts = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      JsonObject message = messages.getJsonObject(i);
      if ("PATIENT".equals(message.getString("sender"))) {
        patientTexts.add(message.getString("text"));
      }
    }
    String text = download("text/plain", visitor.token(), "").body();

    assertEquals(XssPayloads.ALL, patientTexts.subList(1, patientTexts.size()));
    for (String payload : XssPayloads.ALL) {
      assertTrue(text.contains("] You:\n" + payload + "\n"), payload);
    }
  }

  private HttpResponse<String> download(String accept, String token, String query)
      throws IOException, InterruptedException {
    URI address =
        URI.create(
            "https://127.0.0.1:"
                + runnerRequest.getLocalPort()
                + "/api/conversations/"
                + conversation
                + "/transcript"
                + query);
    HttpRequest.Builder request = HttpRequest.newBuilder(address).header("Accept", accept).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject parse(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  /** Returns the outcomes of the audit events of one action on a resource, in order. */
  private List<String> eventsFor(String resourceId, String action) {
    @SuppressWarnings("unchecked")
    List<String> outcomes =
        entityManager
            .createNativeQuery(
                "SELECT outcome FROM audit_event WHERE resource_id = ?1 AND action = ?2"
                    + " ORDER BY seq_no")
            .setParameter(1, resourceId)
            .setParameter(2, action)
            .getResultList();
    return outcomes;
  }
}

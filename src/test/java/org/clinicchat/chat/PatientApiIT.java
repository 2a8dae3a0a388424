package org.clinicchat.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.clinicchat.testing.Deployments;
import org.clinicchat.testing.PatientClient;
import org.clinicchat.testing.PatientClient.Reply;
import org.clinicchat.testing.PatientClient.Visitor;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input to the patient chat API: each gets its status as problem details without internals,
 * stores nothing, and leaves the conversation usable.
 */
@ExtendWith(ArquillianExtension.class)
class PatientApiIT {

  private static final String JSON = "application/json";
  private static final String FOLLOW_UP = "What are your hours?";
  private static final String NOT_FOUND = "Conversation not found. Start a new conversation.";
  private static final String MALFORMED =
      "The request body is not valid JSON of the expected shape.";

  private final PatientClient patient = new PatientClient();
  private Visitor visitor;
  private String conversation;
  private String messages;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.clinicChat();
  }

  @BeforeEach
  void startConversation() {
    visitor = patient.consent();
    conversation = patient.startConversation(visitor.token());
    messages = PatientClient.messagesPath(conversation);
  }

  @Test
  void emptyText() {
    assertProblem(400, "text must not be empty.", send(""));
    assertOnlyFollowUpStored();
  }

  @Test
  void blankText() {
    assertProblem(400, "text must not be empty.", send(" \n\t  "));
    assertOnlyFollowUpStored();
  }

  @Test
  void nullText() {
    assertProblem(400, "text must not be empty.", postJson("{\"text\":null}"));
    assertOnlyFollowUpStored();
  }

  @Test
  void textTooLong() {
    assertProblem(400, "text must be at most 4000 characters.", send("a".repeat(4001)));
    assertOnlyFollowUpStored();
  }

  @Test
  void longestText() {
    String longest = "b".repeat(4000);

    assertEquals(201, send(longest).status());
    assertEquals(201, send(FOLLOW_UP).status());
    assertEquals(List.of(longest, FOLLOW_UP), patientTexts());
  }

  @Test
  void malformedJson() {
    assertProblem(400, MALFORMED, postJson("{\"text\": \"my head hurts"));
    assertOnlyFollowUpStored();
  }

  @Test
  void jsonArray() {
    assertProblem(400, MALFORMED, postJson("[\"my head hurts\"]"));
    assertOnlyFollowUpStored();
  }

  @Test
  void missingBody() {
    Reply reply = patient.postRaw(messages, visitor.token(), JSON, null);

    assertProblem(400, reply);
    assertOnlyFollowUpStored();
  }

  @Test
  void missingBodyAndType() {
    Reply reply = patient.postRaw(messages, visitor.token(), null, null);

    assertProblem(400, "A JSON body is required.", reply);
    assertOnlyFollowUpStored();
  }

  @Test
  void wrongContentType() {
    Reply reply = patient.postRaw(messages, visitor.token(), "text/plain", "my head hurts");

    assertProblem(415, "Send the body as application/json.", reply);
    assertOnlyFollowUpStored();
  }

  @Test
  void unknownConversation() {
    String unknown = UUID.randomUUID().toString();

    assertProblem(404, NOT_FOUND, patient.send(visitor.token(), unknown, "my head hurts"));
    assertProblem(404, NOT_FOUND, patient.transcript(visitor.token(), unknown));
    assertOnlyFollowUpStored();
  }

  @Test
  void overlongConversationId() {
    String overlong = "c".repeat(200);

    assertProblem(404, NOT_FOUND, patient.send(visitor.token(), overlong, "my head hurts"));
    assertProblem(404, NOT_FOUND, patient.transcript(visitor.token(), overlong));
    assertOnlyFollowUpStored();
  }

  @Test
  void otherVisitorsConversation() {
    Visitor other = patient.consent();

    assertProblem(404, NOT_FOUND, patient.send(other.token(), conversation, "my head hurts"));
    assertProblem(404, NOT_FOUND, patient.transcript(other.token(), conversation));
    assertOnlyFollowUpStored();
  }

  private Reply send(String text) {
    return patient.send(visitor.token(), conversation, text);
  }

  private Reply postJson(String body) {
    return patient.postRaw(messages, visitor.token(), JSON, body);
  }

  /** Sends a valid message after the rejected one, then checks that only it was stored. */
  private void assertOnlyFollowUpStored() {
    Reply followUp = send(FOLLOW_UP);

    assertEquals(201, followUp.status(), followUp::toString);
    assertEquals("hours", followUp.json().getJsonObject("reply").getString("topic"));
    assertEquals(List.of(FOLLOW_UP), patientTexts(), "the rejected message was not stored");
  }

  /** Returns the texts the patient sent, as the transcript lists them. */
  private List<String> patientTexts() {
    Reply transcript = patient.transcript(visitor.token(), conversation);
    assertEquals(200, transcript.status(), transcript::toString);
    JsonArray all = transcript.jsonArray();
    List<String> texts = new ArrayList<>();
    for (JsonObject message : all.getValuesAs(JsonObject.class)) {
      if ("PATIENT".equals(message.getString("sender"))) {
        texts.add(message.getString("text"));
      }
    }
    assertEquals(2 * texts.size(), all.size(), "one reply per patient message");
    return texts;
  }

  private static void assertProblem(int status, String detail, Reply reply) {
    assertProblem(status, reply);
    assertEquals(detail, reply.json().getString("detail"));
  }

  private static void assertProblem(int status, Reply reply) {
    assertEquals(status, reply.status(), reply::toString);
    assertTrue(reply.isProblem(), () -> "problem details, not " + reply.contentType());
    assertEquals(status, reply.json().getInt("status"));
    assertFalse(reply.json().getString("detail", "").isBlank(), "a detail for the client");
    assertFalse(reply.body().contains("Exception"), reply::body);
    assertFalse(reply.body().contains("at org."), reply::body);
    assertFalse(reply.body().contains("at java."), reply::body);
  }
}

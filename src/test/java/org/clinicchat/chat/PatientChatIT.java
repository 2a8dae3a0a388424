package org.clinicchat.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.clinicchat.testing.Deployments;
import org.clinicchat.testing.PatientClient;
import org.clinicchat.testing.PatientClient.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class PatientChatIT {

  private final PatientClient patient = new PatientClient();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.clinicChat();
  }

  @Test
  void hoursQuestionGetsFaqAnswer() {
    String token = patient.agree();
    String conversation = patient.startConversation(token);

    Reply reply = patient.send(token, conversation, "What are your hours?");

    assertEquals(201, reply.status());
    JsonObject answer = reply.json().getJsonObject("reply");
    assertEquals("hours", answer.getString("topic"));
    assertTrue(answer.getString("text").contains("Monday to Friday"));
  }

  @Test
  void widgetLanguageGetsSpanishAnswer() {
    Reply reply = askHoursIn("es");

    assertEquals(201, reply.status());
    assertTrue(
        reply.json().getJsonObject("reply").getString("text").startsWith("Abrimos"),
        reply::toString);
  }

  @Test
  void unknownLanguageRejectedAndNothingStored() {
    String token = patient.agree();
    String conversation = patient.startConversation(token);

    Reply reply = askHoursIn(token, conversation, "fr");

    assertEquals(400, reply.status());
    assertTrue(reply.body().contains("language must be en or es."), reply::toString);
    assertEquals(0, patient.transcript(token, conversation).jsonArray().size(), "nothing stored");
  }

  @Test
  void retryWithSameKeyStoresOnce() {
    String token = patient.agree();
    String conversation = patient.startConversation(token);
    String key = UUID.randomUUID().toString();

    Reply first = patient.send(token, conversation, "What are your hours?", key);
    Reply retry = patient.send(token, conversation, "What are your hours?", key);

    assertEquals(201, first.status(), first::toString);
    assertEquals(200, retry.status(), retry::toString);
    assertEquals(2, patient.transcript(token, conversation).jsonArray().size(), "stored once");
    assertEquals(
        first.json().getJsonObject("reply").getInt("sequence"),
        retry.json().getJsonObject("reply").getInt("sequence"),
        "the first reply returned again");
  }

  @Test
  void newKeyStoresNewMessage() {
    String token = patient.agree();
    String conversation = patient.startConversation(token);

    patient.send(token, conversation, "What are your hours?", UUID.randomUUID().toString());
    patient.send(token, conversation, "What are your hours?", UUID.randomUUID().toString());

    assertEquals(4, patient.transcript(token, conversation).jsonArray().size());
  }

  @Test
  void invalidKeyRejectedAndNothingStored() {
    String token = patient.agree();
    String conversation = patient.startConversation(token);

    Reply reply = patient.send(token, conversation, "What are your hours?", "bad key!");

    assertEquals(400, reply.status(), reply::toString);
    assertEquals(0, patient.transcript(token, conversation).jsonArray().size(), "nothing stored");
  }

  private Reply askHoursIn(String language) {
    String token = patient.agree();
    return askHoursIn(token, patient.startConversation(token), language);
  }

  private Reply askHoursIn(String token, String conversation, String language) {
    String body =
        Json.createObjectBuilder()
            .add("text", "What are your hours?")
            .add("language", language)
            .build()
            .toString();
    return patient.post(PatientClient.messagesPath(conversation), token, body);
  }
}

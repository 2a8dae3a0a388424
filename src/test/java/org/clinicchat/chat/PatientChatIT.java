package org.clinicchat.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
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
}

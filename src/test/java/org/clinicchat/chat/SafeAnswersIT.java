package org.clinicchat.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicchat.testing.Browser;
import org.clinicchat.testing.Deployments;
import org.clinicchat.testing.PatientClient;
import org.clinicchat.testing.PatientClient.Reply;
import org.clinicchat.testing.StaffFixtures;
import org.clinicchat.testing.StaffSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The patient chat's safety answers and education answers, end to end on the test instance, which
 * imports the CDC slice of MedQuAD at its first start.
 */
@ExtendWith(ArquillianExtension.class)
class SafeAnswersIT {

  private final PatientClient patient = new PatientClient();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.clinicChat();
  }

  @BeforeAll
  static void createClinician() {
    try (Browser setup = Browser.start()) {
      StaffFixtures.ensureAccount(setup, StaffFixtures.CLINICIAN);
    }
  }

  @Test
  void emergencyAnswerFlagsConversationUrgent() {
    String token = patient.agree();
    String conversation = patient.startConversation(token);

    Reply reply = patient.send(token, conversation, "No puedo respirar, ayuda");

    assertEquals(201, reply.status());
    JsonObject answer = reply.json().getJsonObject("reply");
    assertTrue(answer.getBoolean("emergency"));
    assertEquals("emergency", answer.getString("topic"));
    assertTrue(answer.getString("text").contains("Llame al 911"));
    assertTrue(urgentOnStaffList(conversation), "conversation not shown as urgent");
  }

  @Test
  void routineConversationNotUrgent() {
    String token = patient.agree();
    String conversation = patient.startConversation(token);

    Reply reply = patient.send(token, conversation, "I have no chest pain. What are your hours?");

    assertFalse(reply.json().getJsonObject("reply").getBoolean("emergency"));
    assertFalse(urgentOnStaffList(conversation), "routine conversation shown as urgent");
  }

  @Test
  void socialSecurityNumberMaskedBeforeStorage() {
    String token = patient.agree();
    String conversation = patient.startConversation(token);

    Reply reply = patient.send(token, conversation, "my ssn is 219-09-9999, what are your hours?");

    JsonObject answer = reply.json().getJsonObject("reply");
    assertTrue(answer.getString("text").contains("I removed the social security number"));
    JsonArray transcript = patient.transcript(token, conversation).jsonArray();
    String stored = transcript.getJsonObject(0).getString("text");
    assertEquals("my ssn is [social security number removed], what are your hours?", stored);
  }

  @Test
  void healthQuestionAnsweredFromMedQuadWithSource() {
    String token = patient.agree();
    String conversation = patient.startConversation(token);

    Reply reply = patient.send(token, conversation, "What are the symptoms of rabies?");

    JsonObject answer = reply.json().getJsonObject("reply");
    assertEquals("education", answer.getString("topic"));
    assertTrue(answer.getString("text").contains("http://www.cdc.gov/rabies/"));
  }

  @Test
  void declinedVisitorAlsoGetsEmergencyAnswer() {
    Reply reply =
        patient.post("api/public-answers", null, "{\"question\":\"I took too many pills\"}");

    assertEquals(200, reply.status());
    assertTrue(reply.json().getBoolean("emergency"));
    assertTrue(reply.json().getString("text").contains("1-800-222-1222"));
  }

  private static boolean urgentOnStaffList(String conversation) {
    StaffSession clinician =
        StaffSession.signedIn(
            StaffFixtures.CLINICIAN.username(), StaffFixtures.CLINICIAN.password());
    HttpResponse<String> page = clinician.get("admin/conversations/index.xhtml");
    assertEquals(200, page.statusCode());
    Matcher row =
        Pattern.compile(
                "<tr[^>]*>(?:(?!</tr>).)*" + conversation + "(?:(?!</tr>).)*</tr>", Pattern.DOTALL)
            .matcher(page.body());
    assertTrue(row.find(), "conversation " + conversation + " not listed");
    return row.group().contains("Urgent: emergency answer given");
  }
}

package org.clinicchat.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicchat.chat.HandoffTimeouts;
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
 * Call-back requests after a handoff timed out: the patient API with valid and hostile input, and
 * the staff side in the inbox with its audit events. The test server lets a handoff wait 45
 * seconds, so the set-up waits about a minute for two timeouts at once.
 */
@ExtendWith(ArquillianExtension.class)
class CallbackRequestIT {

  private static final String PHONE = "+1 415 555 0132";
  private static final String PHONE_E164 = "+14155550132";

  private static final PatientClient PATIENT = new PatientClient();
  private static String token;
  private static String timedOut;
  private static String timedOutForStaff;
  private static String timedOutForErasure;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.clinicChat();
  }

  @BeforeAll
  static void timeOutTwoHandoffs() throws InterruptedException {
    try (Browser setup = Browser.start()) {
      StaffFixtures.ensureAccounts(setup, StaffFixtures.CLINICIAN, StaffFixtures.PRIVACY_OFFICER);
    }
    token = PATIENT.agree();
    timedOut = PATIENT.startConversation(token);
    timedOutForStaff = PATIENT.startConversation(token);
    timedOutForErasure = PATIENT.startConversation(token);
    askForPerson(timedOut);
    askForPerson(timedOutForStaff);
    askForPerson(timedOutForErasure);
    awaitTimeout(timedOut);
    awaitTimeout(timedOutForStaff);
    awaitTimeout(timedOutForErasure);
  }

  @Test
  void validRequestCreated() {
    Reply reply = request(token, timedOut, PHONE, "MORNING");

    assertEquals(201, reply.status(), reply::toString);
    assertEquals("OPEN", reply.json().getString("status"), reply::toString);
  }

  @Test
  void invalidPhoneRejected() {
    Reply reply = request(token, timedOut, "call me after lunch", "AFTERNOON");

    assertEquals(400, reply.status(), reply::toString);
    assertTrue(reply.isProblem(), reply::toString);
    assertTrue(
        reply.json().getString("detail").contains("phone number is invalid"), reply::toString);
  }

  @Test
  void phoneWithTooFewDigitsRejected() {
    Reply reply = request(token, timedOut, "+1 555", "ANY");

    assertEquals(400, reply.status(), reply::toString);
  }

  @Test
  void unknownTimeOfDayRejected() {
    Reply reply = request(token, timedOut, PHONE, "MIDNIGHT");

    assertEquals(400, reply.status(), reply::toString);
    assertEquals(
        "preferredTime must be MORNING, AFTERNOON or ANY.",
        reply.json().getString("detail"),
        reply::toString);
  }

  @Test
  void missingPhoneRejected() {
    Reply reply = PATIENT.post(path(timedOut), token, "{\"preferredTime\":\"ANY\"}");

    assertEquals(400, reply.status(), reply::toString);
    assertTrue(reply.isProblem(), reply::toString);
  }

  @Test
  void revokedConsentRejected() {
    String revoked = PATIENT.agree();
    String conversation = PATIENT.startConversation(revoked);
    assertEquals(204, PATIENT.delete("api/consents/current", revoked).status());

    Reply reply = request(revoked, conversation, PHONE, "ANY");

    assertEquals(403, reply.status(), reply::toString);
  }

  @Test
  void otherPatientsConversationNotFound() {
    Reply reply = request(PATIENT.agree(), timedOut, PHONE, "ANY");

    assertEquals(404, reply.status(), reply::toString);
  }

  @Test
  void withoutTokenUnauthorized() {
    Reply reply = request(null, timedOut, PHONE, "ANY");

    assertEquals(401, reply.status(), reply::toString);
  }

  @Test
  void beforeWaitLimitConflict() {
    String conversation = PATIENT.startConversation(token);
    askForPerson(conversation);

    Reply reply = request(token, conversation, PHONE, "ANY");

    assertEquals(409, reply.status(), reply::toString);
    assertTrue(reply.json().getString("detail").contains("wait limit"), reply::toString);
  }

  @Test
  void staffRevealAndDoneAudited() {
    Reply created = request(token, timedOutForStaff, PHONE, "AFTERNOON");
    assertEquals(201, created.status(), created::toString);
    String requestId = created.json().getString("id");
    StaffSession clinician =
        StaffSession.signedIn(
            StaffFixtures.CLINICIAN.username(), StaffFixtures.CLINICIAN.password());

    HttpResponse<String> revealed = clickInRow(clinician, "reveal");
    HttpResponse<String> done = clickInRow(clinician, "done");

    assertTrue(revealed.body().contains(PHONE_E164), revealed::body);
    assertFalse(done.body().contains(timedOutForStaff), done::body);
    String events = auditEvents(requestId);
    assertTrue(events.contains(",CALLBACK_PHONE_READ,CallbackRequest,"), events);
    assertTrue(events.contains(",CALLBACK_DONE,CallbackRequest,"), events);
  }

  @Test
  void erasureDeletesRequest() {
    Reply created = request(token, timedOutForErasure, PHONE, "ANY");
    assertEquals(201, created.status(), created::toString);
    StaffSession clinician =
        StaffSession.signedIn(
            StaffFixtures.CLINICIAN.username(), StaffFixtures.CLINICIAN.password());
    String before = clinician.get("admin/inbox/index.xhtml").body();

    HttpResponse<String> erased =
        StaffFixtures.administrator()
            .submit(
                "admin/conversations/transcript.xhtml?id=" + timedOutForErasure,
                "erase",
                Map.of(
                    "erase:conversation",
                    timedOutForErasure,
                    "erase:erase-conversation",
                    "Erase this conversation"));

    assertEquals(200, erased.statusCode(), erased::body);
    assertTrue(before.contains(timedOutForErasure), "the inbox lists the request before");
    String after = clinician.get("admin/inbox/index.xhtml").body();
    assertFalse(after.contains(timedOutForErasure), "the erasure deleted the request");
  }

  /** Presses a button in the call-back row of the staff conversation, with the page's state. */
  private HttpResponse<String> clickInRow(StaffSession clinician, String button) {
    String page = clinician.get("admin/inbox/index.xhtml").body();
    Matcher row =
        Pattern.compile(
                Pattern.quote(timedOutForStaff)
                    + ".*?name=\"(callbacks:open:\\d+:"
                    + button
                    + ")\"",
                Pattern.DOTALL)
            .matcher(page);
    assertTrue(row.find(), () -> "no " + button + " button for the request: " + page);
    return clinician.submit("admin/inbox/index.xhtml", "callbacks", Map.of(row.group(1), button));
  }

  private static String auditEvents(String resourceId) {
    return StaffSession.signedIn(
            StaffFixtures.PRIVACY_OFFICER.username(), StaffFixtures.PRIVACY_OFFICER.password())
        .get("admin/audit/export?format=csv&resource=" + resourceId)
        .body();
  }

  private static Reply request(String token, String conversation, String phone, String time) {
    String body = "{\"phone\":\"" + phone + "\",\"preferredTime\":\"" + time + "\"}";
    return PATIENT.post(path(conversation), token, body);
  }

  private static String path(String conversation) {
    return "api/conversations/" + conversation + "/callback-request";
  }

  private static void askForPerson(String conversation) {
    Reply reply = PATIENT.send(token, conversation, "Can I talk to a person?");
    assertEquals("WAITING", reply.json().getString("handoff"), reply::toString);
  }

  /** Reads the transcript every two seconds, for at most 90 seconds, until the timeout notice. */
  private static void awaitTimeout(String conversation) throws InterruptedException {
    long deadline = System.nanoTime() + 90_000_000_000L;
    while (System.nanoTime() < deadline && !lastTopicIsTimeout(conversation)) {
      Thread.sleep(2000);
    }
  }

  private static boolean lastTopicIsTimeout(String conversation) {
    JsonArray messages = PATIENT.transcript(token, conversation).jsonArray();
    return HandoffTimeouts.TIMEOUT_TOPIC.equals(
        messages.getJsonObject(messages.size() - 1).getString("topic", ""));
  }
}

package org.clinicchat.rightofaccess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicchat.testing.Browser;
import org.clinicchat.testing.Deployments;
import org.clinicchat.testing.Markers;
import org.clinicchat.testing.PatientClient;
import org.clinicchat.testing.StaffFixtures;
import org.clinicchat.testing.StaffFixtures.Account;
import org.clinicchat.testing.StaffSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The privacy officer records an access request for a real conversation, extends it once and
 * fulfils it with the patient's transcript. Each action is audited. No clinician reaches the page.
 */
@ExtendWith(ArquillianExtension.class)
class AccessRequestsIT {

  private static final String PAGE = "admin/access-requests/index.xhtml";

  private static final Pattern RECORDED =
      Pattern.compile("Access request ([0-9a-f-]{36}) recorded\\.");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.clinicChat();
  }

  @BeforeAll
  static void createStaffAccounts() {
    try (Browser setup = Browser.start()) {
      StaffFixtures.ensureAccounts(
          setup, StaffFixtures.PRIVACY_OFFICER, StaffFixtures.AUDITOR, StaffFixtures.CLINICIAN);
    }
  }

  @Test
  void clinicianCannotOpenPage() {
    assertEquals(403, signIn(StaffFixtures.CLINICIAN).get(PAGE).statusCode());
  }

  @Test
  void recordedRequestListedWithDeadline() {
    String conversation = conversationWith("When is the clinic open?");
    LocalDate received = today().minusDays(10);

    record(conversation, received, "TEXT");

    String page = privacyOfficer().get(PAGE).body();
    assertTrue(page.contains(received.plusDays(30).toString()), "the deadline is listed");
  }

  @Test
  void unknownPatientRejected() {
    HttpResponse<String> page = post("request", requestForm("no-such-patient", today(), "TEXT"));

    assertTrue(
        page.body()
            .contains(
                "Patient: no conversation found for this conversation id or visitor pseudonym."),
        page.body());
  }

  @Test
  void extensionMovesDeadline() {
    String request = record(conversationWith("Do you take walk-ins?"), today(), "TEXT");

    extend(request, "Records are held off site.");

    String page = privacyOfficer().get(PAGE).body();
    assertTrue(page.contains(today().plusDays(60).toString()), "the extended deadline is listed");
  }

  @Test
  void secondExtensionRejected() {
    String request = record(conversationWith("Do you take walk-ins?"), today(), "TEXT");
    extend(request, "Records are held off site.");

    HttpResponse<String> page = extend(request, "Still waiting.");

    assertTrue(page.body().contains("HIPAA allows one extension only"), page.body());
  }

  @Test
  void fulfilmentDownloadsJsonWithPatientMessage() {
    String message = Markers.unique("Please send me my chat about my knee");
    String request = record(conversationWith(message), today(), "JSON");

    HttpResponse<String> copy = fulfil(request);

    assertEquals(
        "application/json", copy.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    assertTrue(copy.body().contains("\"text\":\"" + message + "\""), copy.body());
  }

  @Test
  void fulfilledRequestCannotBeFulfilledAgain() {
    String request = record(conversationWith("Where do I park?"), today(), "TEXT");
    fulfil(request);

    HttpResponse<String> again = fulfil(request);

    assertTrue(again.body().contains("This request is fulfilled already."), again.body());
  }

  @Test
  void actionsAreAudited() {
    String request = record(conversationWith("Where do I park?"), today(), "TEXT");
    extend(request, "Records are held off site.");
    fulfil(request);

    String events =
        signIn(StaffFixtures.AUDITOR)
            .get("admin/audit/export?format=csv&resource=" + request)
            .body();
    for (String action :
        new String[] {
          "ACCESS_REQUEST_RECORDED", "ACCESS_REQUEST_EXTENDED", "ACCESS_REQUEST_FULFILLED"
        }) {
      assertTrue(events.contains("," + action + ",AccessRequest," + request + ","), action);
    }
  }

  @Test
  void denialIsAudited() {
    String request = record(conversationWith("Where do I park?"), today(), "TEXT");

    deny(request, "The request names another patient's records.");

    String events =
        signIn(StaffFixtures.AUDITOR)
            .get("admin/audit/export?format=csv&resource=" + request)
            .body();
    assertTrue(events.contains(",ACCESS_REQUEST_DENIED,AccessRequest," + request + ","), events);
  }

  /** Records a request on the page and returns its id, read from the page's message. */
  private static String record(String patient, LocalDate received, String format) {
    HttpResponse<String> page = post("request", requestForm(patient, received, format));
    Matcher recorded = RECORDED.matcher(page.body());
    assertTrue(recorded.find(), page.body());
    return recorded.group(1);
  }

  private static Map<String, String> requestForm(
      String patient, LocalDate received, String format) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("request:patient", patient);
    form.put("request:received", received.toString());
    form.put("request:format", format);
    form.put("request:record", "Record request");
    return form;
  }

  private static HttpResponse<String> extend(String request, String reason) {
    return act(request, reason, "extend");
  }

  private static HttpResponse<String> deny(String request, String reason) {
    return act(request, reason, "deny");
  }

  private static HttpResponse<String> fulfil(String request) {
    return act(request, "", "fulfil");
  }

  private static HttpResponse<String> act(String request, String reason, String button) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("act:request", request);
    form.put("act:reason", reason);
    form.put("act:" + button, button);
    return post("act", form);
  }

  /** Opens the page and posts one of its forms as a browser does. */
  private static HttpResponse<String> post(String formId, Map<String, String> fields) {
    return privacyOfficer().submit(PAGE, formId, fields);
  }

  /** Starts a conversation over the patient API with one message and returns its id. */
  private static String conversationWith(String message) {
    PatientClient patientClient = new PatientClient();
    String token = patientClient.agree();
    String conversation = patientClient.startConversation(token);
    assertEquals(201, patientClient.send(token, conversation, message).status());
    return conversation;
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  private static StaffSession privacyOfficer() {
    return signIn(StaffFixtures.PRIVACY_OFFICER);
  }

  private static StaffSession signIn(Account account) {
    return StaffSession.signedIn(account.username(), account.password());
  }
}

package org.clinicchat.breakglass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Break-glass access and the policy gate over HTTP. A front-desk clerk reads a transcript only
 * under an emergency access grant, which expires, is audited, raises an alert and waits for the
 * privacy officer's sign-off. A new policy version closes the PHI pages until it is acknowledged.
 * The test server's grants last 12 seconds.
 */
@ExtendWith(ArquillianExtension.class)
class EmergencyAccessIT {

  private static final Account FRONT_DESK = StaffFixtures.FRONT_DESK;
  private static final String REQUEST_PAGE = "admin/break-glass/index.xhtml";
  private static final String REVIEW_PAGE = "admin/break-glass/review/index.xhtml";
  private static final String REASON = "Patient reports chest pain and no clinician is on site.";
  private static final Duration GRANT_DURATION = Duration.ofSeconds(12);
  private static final Duration MAIL_WAIT = Duration.ofSeconds(20);
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern ALERT_TIME = Pattern.compile("Time \\(UTC\\): (\\S+)");
  private static final Pattern ALERT_ID = Pattern.compile("Alert id: (\\S+)");

  private final PatientClient patient = new PatientClient();
  private String conversation;
  private String patientText;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.clinicChat();
  }

  @BeforeAll
  static void createStaffAccounts() {
    try (Browser setup = Browser.start()) {
      StaffFixtures.ensureAccounts(
          setup, FRONT_DESK, StaffFixtures.PRIVACY_OFFICER, StaffFixtures.CLINICIAN);
    }
  }

  @BeforeEach
  void startConversation() {
    String token = patient.agree();
    conversation = patient.startConversation(token);
    patientText = Markers.unique("What are your hours on Saturday");
    patient.send(token, conversation, patientText);
  }

  @Test
  void requestWithoutReasonRejected() {
    HttpResponse<String> response = request(conversation, "");

    assertTrue(
        response.body().contains("Reason: say why you need this conversation in an emergency."),
        response::body);
    assertEquals(403, frontDesk().get(transcriptPath()).statusCode(), "no grant was made");
  }

  @Test
  void shortReasonRejected() {
    HttpResponse<String> response = request(conversation, "urgent");

    assertTrue(response.body().contains("Reason: write at least 20 characters"), response::body);
  }

  @Test
  void frontDeskRejectedWithoutGrant() {
    HttpResponse<String> page = frontDesk().get(transcriptPath());

    assertEquals(403, page.statusCode());
    assertFalse(page.body().contains(patientText), "no message text without a grant");
  }

  @Test
  void frontDeskCannotOpenClinicianTranscript() {
    HttpResponse<String> page =
        frontDesk().get("admin/conversations/transcript.xhtml?id=" + conversation);

    assertEquals(403, page.statusCode());
  }

  @Test
  void grantOpensTranscript() {
    HttpResponse<String> granted = request(conversation, REASON);

    assertEquals(302, granted.statusCode(), granted::body);
    assertEquals("/admin/break-glass/transcript.xhtml", StaffSession.redirectPath(granted));
    HttpResponse<String> page = frontDesk().get(transcriptPath());
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains(patientText), page::body);
  }

  @Test
  void emergencyReadAudited() {
    request(conversation, REASON);
    frontDesk().get(transcriptPath());

    String events = auditEvents(conversation);

    assertTrue(
        events.contains(
            ","
                + FRONT_DESK.username()
                + ",FRONT_DESK,TRANSCRIPT_READ,Conversation,"
                + conversation
                + ",EMERGENCY,SUCCESS,"),
        events);
    assertTrue(
        events.contains(",EMERGENCY_ACCESS_GRANTED,Conversation," + conversation + ",EMERGENCY,"),
        events);
  }

  @Test
  void grantExpires() throws InterruptedException {
    request(conversation, REASON);
    Instant grantedBy = Instant.now();
    assertEquals(200, frontDesk().get(transcriptPath()).statusCode(), "readable while active");

    Thread.sleep(Duration.between(Instant.now(), grantedBy.plus(GRANT_DURATION)).plusSeconds(1));

    HttpResponse<String> expired = frontDesk().get(transcriptPath());
    assertEquals(403, expired.statusCode());
    assertTrue(expired.body().contains("no active emergency access"), expired::body);
    assertFalse(expired.body().contains(patientText), "no message text after expiry");
  }

  @Test
  void grantRaisesAlert() throws Exception {
    int port = Integer.parseInt(System.getenv("CLINICCHAT_MAIL_SMTP_PORT"));
    GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    try {
      Instant before = Instant.now().minusSeconds(1);
      request(conversation, REASON);

      String alertId = emergencyAlertEmailedSince(smtp, before);

      String dashboard = privacyOfficer().get("admin/alerts/index.xhtml").body();
      assertTrue(dashboard.contains("value=\"" + alertId + "\""), "the alert is on the dashboard");
    } finally {
      smtp.stop();
    }
  }

  @Test
  void signOffRemovesGrantFromReview() {
    request(conversation, REASON);
    StaffSession officer = privacyOfficer();
    String review = officer.get(REVIEW_PAGE).body();
    assertTrue(review.contains(REASON), "the reason is shown decrypted");
    ReviewRow row = reviewRow(review);

    HttpResponse<String> signedOff = signOff(officer, review, row, "Checked with the nurse.");

    assertTrue(signedOff.body().contains("Emergency access signed off."), signedOff::body);
    assertFalse(officer.get(REVIEW_PAGE).body().contains(conversation), "no longer listed");
    assertTrue(
        auditEvents(row.grantId()).contains(",EMERGENCY_ACCESS_SIGNED_OFF,BreakGlassGrant,"),
        "the sign-off is audited");
  }

  @Test
  void endedGrantClosesTranscript() {
    request(conversation, REASON);
    assertEquals(200, frontDesk().get(transcriptPath()).statusCode(), "readable while active");
    StaffSession officer = privacyOfficer();
    String review = officer.get(REVIEW_PAGE).body();
    ReviewRow row = reviewRow(review);

    HttpResponse<String> ended = endAccess(officer, review, row);

    assertTrue(ended.body().contains("Emergency access ended."), ended::body);
    HttpResponse<String> closed = frontDesk().get(transcriptPath());
    assertEquals(403, closed.statusCode());
    assertFalse(closed.body().contains(patientText), "no message text after the end");
    assertTrue(officer.get(REVIEW_PAGE).body().contains(conversation), "still listed for review");
    assertTrue(
        auditEvents(row.grantId()).contains(",EMERGENCY_ACCESS_ENDED,BreakGlassGrant,"),
        "the end is audited");
  }

  @Test
  void endedGrantListedAsEnded() {
    request(conversation, REASON);
    StaffSession officer = privacyOfficer();
    String review = officer.get(REVIEW_PAGE).body();
    endAccess(officer, review, reviewRow(review));

    String after = officer.get(REVIEW_PAGE).body();

    Matcher row =
        Pattern.compile(
                Pattern.quote(conversation) + "</code>(.*?)<form id=\"grants:\\d+:sign-off\"",
                Pattern.DOTALL)
            .matcher(after);
    assertTrue(row.find(), after);
    assertTrue(row.group(1).contains("Ended"), row.group(1));
    assertFalse(row.group(1).contains("End access now"), row.group(1));
  }

  @Test
  void signOffWithoutNoteRejected() {
    request(conversation, REASON);
    StaffSession officer = privacyOfficer();
    String review = officer.get(REVIEW_PAGE).body();

    HttpResponse<String> rejected = signOff(officer, review, reviewRow(review), "");

    assertTrue(rejected.body().contains("Note: say whether the emergency justified"));
    assertTrue(officer.get(REVIEW_PAGE).body().contains(conversation), "still listed");
  }

  @Test
  void ownGrantSignOffRejected() {
    StaffSession officer = privacyOfficer();
    request(officer, conversation, REASON);
    String review = officer.get(REVIEW_PAGE).body();

    HttpResponse<String> rejected = signOff(officer, review, reviewRow(review), "Fine by me.");

    assertTrue(
        rejected.body().contains("You cannot sign off your own emergency access."), rejected::body);
    assertTrue(officer.get(REVIEW_PAGE).body().contains(conversation), "still listed");
  }

  @Test
  void frontDeskCannotOpenReview() {
    assertEquals(403, frontDesk().get(REVIEW_PAGE).statusCode());
  }

  @Test
  void clinicianCannotRequestEmergencyAccess() {
    assertEquals(403, clinician().get(REQUEST_PAGE).statusCode());
  }

  @Test
  void newPolicyVersionSendsToAcknowledgement() {
    StaffSession clinician = clinician();
    assertEquals(200, clinician.get("admin/inbox/index.xhtml").statusCode(), "acknowledged");

    publishPolicy();
    HttpResponse<String> inbox = clinician.get("admin/inbox/index.xhtml");

    assertEquals(302, inbox.statusCode());
    assertEquals("/admin/policy-acknowledgement.xhtml", StaffSession.redirectPath(inbox));
  }

  @Test
  void acknowledgingReturnsToPage() {
    StaffSession clinician = clinician();
    String version = publishPolicy();
    clinician.get("admin/inbox/index.xhtml");

    HttpResponse<String> acknowledged = clinician.acknowledgePolicy();

    assertEquals(302, acknowledged.statusCode(), acknowledged::body);
    assertEquals("/admin/inbox/index.xhtml", StaffSession.redirectPath(acknowledged));
    assertEquals(200, clinician.get("admin/inbox/index.xhtml").statusCode());
    assertTrue(
        auditEvents(version)
            .contains(
                ","
                    + StaffFixtures.CLINICIAN.username()
                    + ",CLINICIAN,POLICY_ACKNOWLEDGED,PrivacyPolicy,"
                    + version
                    + ","),
        "the acknowledgement is audited");
  }

  @Test
  void policyGateCoversEmergencyAccess() {
    StaffSession frontDesk = frontDesk();
    publishPolicy();

    HttpResponse<String> page = frontDesk.get(REQUEST_PAGE);

    assertEquals(302, page.statusCode());
    assertEquals("/admin/policy-acknowledgement.xhtml", StaffSession.redirectPath(page));
  }

  @Test
  void clinicianCannotPublishPolicy() {
    assertEquals(403, clinician().get("admin/policy/index.xhtml").statusCode());
  }

  private HttpResponse<String> request(String conversationId, String reason) {
    return request(frontDesk(), conversationId, reason);
  }

  private static HttpResponse<String> request(
      StaffSession requester, String conversationId, String reason) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("request", "request");
    form.put("request:conversation", conversationId);
    form.put("request:reason", reason);
    form.put("request:open", "Request emergency access");
    form.put("jakarta.faces.ViewState", viewState(requester.get(REQUEST_PAGE).body()));
    return requester.post(REQUEST_PAGE, form);
  }

  /** The sign-off form of one grant on the review page. */
  private record ReviewRow(String formId, String grantId) {}

  /** Finds the sign-off form of this test's grant on the review page. */
  private ReviewRow reviewRow(String reviewPage) {
    Matcher row =
        Pattern.compile(
                Pattern.quote(conversation)
                    + "</code>.*?<form id=\"(grants:\\d+:sign-off)\".*?"
                    + "name=\"grantId\" value=\"([^\"]+)\"",
                Pattern.DOTALL)
            .matcher(reviewPage);
    assertTrue(row.find(), "the grant of " + conversation + " is listed for review");
    return new ReviewRow(row.group(1), row.group(2));
  }

  private static HttpResponse<String> signOff(
      StaffSession officer, String reviewPage, ReviewRow row, String note) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put(row.formId(), row.formId());
    form.put("grantId", row.grantId());
    form.put(row.formId() + ":note", note);
    form.put(row.formId() + ":submit", "Sign off");
    form.put("jakarta.faces.ViewState", viewState(reviewPage));
    return officer.post(REVIEW_PAGE, form);
  }

  /** Presses End access now for the grant of a review row, with the review page's view state. */
  private static HttpResponse<String> endAccess(
      StaffSession officer, String reviewPage, ReviewRow row) {
    String endForm = row.formId().replace(":sign-off", ":end");
    Map<String, String> form = new LinkedHashMap<>();
    form.put(endForm, endForm);
    form.put("grantId", row.grantId());
    form.put(endForm + ":submit", "End access now");
    form.put("jakarta.faces.ViewState", viewState(reviewPage));
    return officer.post(REVIEW_PAGE, form);
  }

  /** Publishes a new policy version as the privacy officer and returns its number. */
  private static String publishPolicy() {
    StaffSession officer = privacyOfficer();
    String page = officer.get("admin/policy/index.xhtml").body();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("policy", "policy");
    form.put("policy:text", Markers.unique("Open patient data only for your work. Revision"));
    form.put("policy:publish", "Publish as a new version");
    form.put("jakarta.faces.ViewState", viewState(page));
    HttpResponse<String> published = officer.post("admin/policy/index.xhtml", form);
    Matcher version = Pattern.compile("Published version (\\d+)\\.").matcher(published.body());
    assertTrue(version.find(), published::body);
    return version.group(1);
  }

  /** Waits for the alert email of an emergency access by the front desk since a time. */
  private String emergencyAlertEmailedSince(GreenMail smtp, Instant since) throws Exception {
    Instant deadline = Instant.now().plus(MAIL_WAIT);
    while (Instant.now().isBefore(deadline)) {
      privacyOfficer().post("admin/alerts/evaluation", Map.of());
      Optional<String> alertId =
          Arrays.stream(smtp.getReceivedMessages())
              .map(GreenMailUtil::getBody)
              .filter(body -> body.contains("Rule: EMERGENCY_ACCESS"))
              .filter(body -> body.contains("Staff user: " + FRONT_DESK.username()))
              .filter(body -> !occurredAt(body).isBefore(since))
              .map(EmergencyAccessIT::alertId)
              .findFirst();
      if (alertId.isPresent()) {
        return alertId.get();
      }
      smtp.waitForIncomingEmail(1000, smtp.getReceivedMessages().length + 1);
    }
    throw new AssertionError("No EMERGENCY_ACCESS alert email for " + FRONT_DESK.username());
  }

  private static Instant occurredAt(String emailBody) {
    Matcher time = ALERT_TIME.matcher(emailBody);
    return time.find() ? Instant.parse(time.group(1)) : Instant.MIN;
  }

  private static String alertId(String emailBody) {
    Matcher id = ALERT_ID.matcher(emailBody);
    return id.find() ? id.group(1) : "";
  }

  /** Returns the audit events about one resource id, as CSV. */
  private static String auditEvents(String resourceId) {
    return privacyOfficer().get("admin/audit/export?format=csv&resource=" + resourceId).body();
  }

  private String transcriptPath() {
    return "admin/break-glass/transcript.xhtml?id=" + conversation;
  }

  private static String viewState(String page) {
    Matcher matcher = VIEW_STATE.matcher(page);
    assertTrue(matcher.find(), "the page has a form");
    return matcher.group(1);
  }

  private static StaffSession frontDesk() {
    return signedIn(FRONT_DESK);
  }

  private static StaffSession privacyOfficer() {
    return signedIn(StaffFixtures.PRIVACY_OFFICER);
  }

  private static StaffSession clinician() {
    return signedIn(StaffFixtures.CLINICIAN);
  }

  private static StaffSession signedIn(Account account) {
    return StaffSession.signedIn(account.username(), account.password());
  }
}

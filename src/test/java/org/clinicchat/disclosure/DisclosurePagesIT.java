package org.clinicchat.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicchat.testing.Browser;
import org.clinicchat.testing.Deployments;
import org.clinicchat.testing.Markers;
import org.clinicchat.testing.PatientClient;
import org.clinicchat.testing.PatientClient.Visitor;
import org.clinicchat.testing.StaffFixtures;
import org.clinicchat.testing.StaffFixtures.Account;
import org.clinicchat.testing.StaffSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The privacy officer records disclosures on the page and produces a patient's report, on the page
 * and as CSV; both are audited, and no other role reaches the page. A clinician's disclosure of a
 * transcript from the transcript page records its ledger entry itself.
 */
@ExtendWith(ArquillianExtension.class)
class DisclosurePagesIT {

  private static final Account PRIVACY_OFFICER = StaffFixtures.PRIVACY_OFFICER;

  private static final String PAGE = "admin/disclosures/index.xhtml";

  private static final String TRANSCRIPT_PAGE = "admin/conversations/transcript.xhtml";

  private static final String PATIENT_MESSAGE = "What are your opening hours?";

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private Browser browser;
  private String patient;
  private String recipient;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.clinicChat();
  }

  @BeforeAll
  static void createStaffAccounts() {
    try (Browser setup = Browser.start()) {
      StaffFixtures.ensureAccount(setup, PRIVACY_OFFICER);
      StaffFixtures.ensureAccount(setup, StaffFixtures.AUDITOR);
      StaffFixtures.ensureAccount(setup, StaffFixtures.CLINICIAN);
    }
  }

  @BeforeEach
  void startBrowser() {
    browser = Browser.start();
    patient = UUID.randomUUID().toString();
    recipient = Markers.unique("County health department");
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void recordedDisclosureInReport() {
    record(patient, today(), recipient, "Transcript of the chat", "PUBLIC_HEALTH");

    String report = privacyOfficer().get(PAGE + "?patient=" + patient).body();

    assertTrue(report.contains(recipient), "the report names the recipient");
    assertTrue(report.contains("<span id=\"entry-count\">1</span>"), "one entry");
    assertTrue(report.contains("Public health activity"), "the purpose in words");
  }

  @Test
  void reportAsCsv() {
    record(patient, today(), recipient, "Transcript of the chat", "REQUIRED_BY_LAW");

    HttpResponse<String> csv =
        privacyOfficer().get("admin/disclosures/report.csv?patient=" + patient);

    assertEquals(200, csv.statusCode());
    List<String> lines = csv.body().lines().toList();
    assertEquals("date,recipient,description,purpose,recordedBy", lines.getFirst());
    assertEquals(
        today()
            + ","
            + recipient
            + ",Transcript of the chat,Required by law,"
            + PRIVACY_OFFICER.username(),
        lines.get(1));
  }

  @Test
  void reportCoversSixYears() {
    LocalDate withinSixYears = LocalDate.now(ZoneOffset.UTC).minusYears(6);
    LocalDate older = withinSixYears.minusDays(1);
    record(patient, withinSixYears.toString(), recipient, "Records request", "JUDICIAL_PROCEEDING");
    record(patient, older.toString(), "Older recipient", "Records request", "JUDICIAL_PROCEEDING");

    String report = privacyOfficer().get(PAGE + "?patient=" + patient).body();

    assertTrue(report.contains("<span id=\"entry-count\">1</span>"), "the older entry is left out");
  }

  @Test
  void otherPatientNotInReport() {
    record(patient, today(), recipient, "Transcript of the chat", "PUBLIC_HEALTH");

    String report = privacyOfficer().get(PAGE + "?patient=" + UUID.randomUUID()).body();

    assertTrue(report.contains("<span id=\"entry-count\">0</span>"));
  }

  @Test
  void recordingIsAudited() {
    record(patient, today(), recipient, "Transcript of the chat", "PUBLIC_HEALTH");

    assertTrue(auditedActions().contains(",DISCLOSURE_RECORDED,Patient," + patient + ","));
  }

  @Test
  void reportIsAudited() {
    privacyOfficer().get(PAGE + "?patient=" + patient);

    assertTrue(auditedActions().contains(",DISCLOSURE_REPORT_PRODUCED,Patient," + patient + ","));
  }

  @Test
  void missingRecipientRejected() {
    record(patient, today(), "", "Transcript of the chat", "PUBLIC_HEALTH");

    assertTrue(pageText().contains("Recipient: this field is required."), pageText());
  }

  @Test
  void rejectedEntryKeepsInput() {
    record(patient, today(), "", "Transcript of the chat", "PUBLIC_HEALTH");

    assertEquals(
        "Transcript of the chat",
        browser.driver().findElement(By.id("disclosure:description")).getAttribute("value"));
  }

  @Test
  void futureDateRejected() {
    String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();

    record(patient, tomorrow, recipient, "Transcript of the chat", "PUBLIC_HEALTH");

    assertTrue(pageText().contains("Date: a disclosure cannot be in the future."), pageText());
  }

  @Test
  void freeTextPatientRejected() {
    record("Jane Doe 1957-03-14", today(), recipient, "Transcript", "PUBLIC_HEALTH");

    assertTrue(pageText().contains("Patient: use the conversation id or visitor pseudonym"));
  }

  @Test
  void transcriptDisclosureDownloadsText() {
    String conversation = conversationWith(PATIENT_MESSAGE);

    HttpResponse<String> export = discloseTranscript(clinician(), conversation, recipient);

    assertEquals(200, export.statusCode());
    assertEquals(
        "text/plain", export.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    assertTrue(
        export.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
    assertTrue(export.body().contains("Patient: " + PATIENT_MESSAGE), export.body());
    assertTrue(export.body().contains("Disclosed to: " + recipient), export.body());
  }

  @Test
  void recipientLineBreaksKeptOutOfHeader() {
    String conversation = conversationWith(PATIENT_MESSAGE);

    HttpResponse<String> export =
        discloseTranscript(clinician(), conversation, recipient + "\nPurpose: Treatment");

    assertTrue(
        export.body().contains("Disclosed to: " + recipient + " Purpose: Treatment\n"),
        export.body());
    assertFalse(export.body().contains("\nPurpose: Treatment"), export.body());
  }

  @Test
  void transcriptDisclosureInReport() {
    String conversation = conversationWith(PATIENT_MESSAGE);

    discloseTranscript(clinician(), conversation, recipient);

    String report = privacyOfficer().get(PAGE + "?patient=" + conversation).body();
    assertTrue(report.contains("<span id=\"entry-count\">1</span>"), "exactly one entry");
    assertTrue(report.contains(recipient), "the report names the recipient");
    assertTrue(report.contains("Health oversight activity"), "the purpose in words");
  }

  @Test
  void pseudonymReportIncludesTranscriptDisclosure() {
    Visitor visitor = new PatientClient().consent();
    discloseTranscript(clinician(), conversationOf(visitor, PATIENT_MESSAGE), recipient);

    String report = privacyOfficer().get(PAGE + "?patient=" + visitor.pseudonym()).body();

    assertTrue(report.contains("<span id=\"entry-count\">1</span>"), "the conversation's entry");
    assertTrue(report.contains(recipient), "the report names the recipient");
  }

  @Test
  void conversationReportIncludesPseudonymEntry() {
    Visitor visitor = new PatientClient().consent();
    String conversation = conversationOf(visitor, PATIENT_MESSAGE);
    record(visitor.pseudonym(), today(), recipient, "Records request", "REQUIRED_BY_LAW");

    String report = privacyOfficer().get(PAGE + "?patient=" + conversation).body();

    assertTrue(report.contains("<span id=\"entry-count\">1</span>"), "the visitor's entry");
    assertTrue(report.contains(recipient), "the report names the recipient");
  }

  @Test
  void reportIncludesEveryConversationOfVisitor() {
    Visitor visitor = new PatientClient().consent();
    discloseTranscript(clinician(), conversationOf(visitor, PATIENT_MESSAGE), recipient);
    String second = conversationOf(visitor, PATIENT_MESSAGE);
    discloseTranscript(clinician(), second, recipient);
    record(visitor.pseudonym(), today(), recipient, "Records request", "REQUIRED_BY_LAW");

    String report = privacyOfficer().get(PAGE + "?patient=" + second).body();

    assertTrue(report.contains("<span id=\"entry-count\">3</span>"), "all three entries");
  }

  @Test
  void otherVisitorEntryNotInReport() {
    Visitor visitor = new PatientClient().consent();
    String conversation = conversationOf(visitor, PATIENT_MESSAGE);
    discloseTranscript(clinician(), conversationWith(PATIENT_MESSAGE), recipient);

    String report = privacyOfficer().get(PAGE + "?patient=" + conversation).body();

    assertTrue(report.contains("<span id=\"entry-count\">0</span>"), "no entry of another visitor");
  }

  @Test
  void transcriptDisclosureIsAudited() {
    String conversation = conversationWith(PATIENT_MESSAGE);

    discloseTranscript(clinician(), conversation, recipient);

    String events =
        signIn(StaffFixtures.AUDITOR)
            .get("admin/audit/export?format=csv&resource=" + conversation)
            .body();
    assertTrue(events.contains(",TRANSCRIPT_EXPORTED,Conversation," + conversation + ","), events);
  }

  @Test
  void transcriptDisclosureWithoutRecipientRejected() {
    String conversation = conversationWith(PATIENT_MESSAGE);

    HttpResponse<String> page = discloseTranscript(clinician(), conversation, "");

    assertTrue(page.body().contains("Recipient: this field is required."), page.body());
    String report = privacyOfficer().get(PAGE + "?patient=" + conversation).body();
    assertTrue(report.contains("<span id=\"entry-count\">0</span>"), "no entry recorded");
  }

  @Test
  void privacyOfficerCannotDiscloseTranscript() {
    String conversation = conversationWith(PATIENT_MESSAGE);

    HttpResponse<String> response =
        privacyOfficer().post(TRANSCRIPT_PAGE + "?id=" + conversation, Map.of());

    assertEquals(403, response.statusCode());
  }

  @Test
  void clinicianCannotOpenPage() {
    assertEquals(403, signIn(StaffFixtures.CLINICIAN).get(PAGE).statusCode());
  }

  @Test
  void auditorCannotOpenPage() {
    assertEquals(403, signIn(StaffFixtures.AUDITOR).get(PAGE).statusCode());
  }

  @Test
  void administratorCannotDownloadCsv() {
    assertEquals(
        403,
        signIn(StaffFixtures.ADMINISTRATOR)
            .get("admin/disclosures/report.csv?patient=" + patient)
            .statusCode());
  }

  private void record(
      String patientId, String date, String to, String description, String purpose) {
    StaffFixtures.signedIn(browser, PRIVACY_OFFICER);
    browser.open(PAGE);
    WebDriver driver = browser.driver();
    driver.findElement(By.id("disclosure:patient")).sendKeys(patientId);
    driver.findElement(By.id("disclosure:date")).sendKeys(date);
    driver.findElement(By.id("disclosure:recipient")).sendKeys(to);
    driver.findElement(By.id("disclosure:description")).sendKeys(description);
    new Select(driver.findElement(By.id("disclosure:purpose"))).selectByValue(purpose);
    StaffFixtures.submit(browser, driver.findElement(By.id("disclosure:record")));
  }

  /** Starts a conversation of a new visitor with one message and returns its id. */
  private static String conversationWith(String message) {
    return conversationOf(new PatientClient().consent(), message);
  }

  /** Starts a conversation of the visitor over the patient API with one message. */
  private static String conversationOf(Visitor visitor, String message) {
    PatientClient patientClient = new PatientClient();
    String conversation = patientClient.startConversation(visitor.token());
    assertEquals(201, patientClient.send(visitor.token(), conversation, message).status());
    return conversation;
  }

  /** Opens the transcript page and posts its disclosure form as a browser does. */
  private static HttpResponse<String> discloseTranscript(
      StaffSession staff, String conversation, String to) {
    String page = staff.get(TRANSCRIPT_PAGE + "?id=" + conversation).body();
    Matcher viewState = VIEW_STATE.matcher(page);
    assertTrue(viewState.find(), "the transcript page has a Faces view state");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("disclose", "disclose");
    form.put("disclose:conversation", conversation);
    form.put("disclose:recipient", to);
    form.put("disclose:purpose", "HEALTH_OVERSIGHT");
    form.put("disclose:description", "State board review of the chat, request 2026-117");
    form.put("disclose:disclose-transcript", "Disclose and download the transcript");
    form.put("jakarta.faces.ViewState", viewState.group(1));
    return staff.post(TRANSCRIPT_PAGE, form);
  }

  private String auditedActions() {
    return signIn(StaffFixtures.AUDITOR)
        .get("admin/audit/export?format=csv&resource=" + patient)
        .body();
  }

  private String pageText() {
    return browser.driver().findElement(By.tagName("body")).getText();
  }

  private static String today() {
    return LocalDate.now(ZoneOffset.UTC).toString();
  }

  private static StaffSession clinician() {
    return signIn(StaffFixtures.CLINICIAN);
  }

  private static StaffSession privacyOfficer() {
    return signIn(PRIVACY_OFFICER);
  }

  private static StaffSession signIn(Account account) {
    return StaffSession.signedIn(account.username(), account.password());
  }
}

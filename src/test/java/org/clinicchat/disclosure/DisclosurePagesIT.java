package org.clinicchat.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.clinicchat.testing.Browser;
import org.clinicchat.testing.Deployments;
import org.clinicchat.testing.Markers;
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
 * and as CSV; both are audited, and no other role reaches the page.
 */
@ExtendWith(ArquillianExtension.class)
class DisclosurePagesIT {

  private static final Account PRIVACY_OFFICER = StaffFixtures.PRIVACY_OFFICER;

  private static final String PAGE = "admin/disclosures/index.xhtml";

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

  private static StaffSession privacyOfficer() {
    return signIn(PRIVACY_OFFICER);
  }

  private static StaffSession signIn(Account account) {
    return StaffSession.signedIn(account.username(), account.password());
  }
}

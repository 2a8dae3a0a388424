package org.clinicchat.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.clinicchat.testing.Browser;
import org.clinicchat.testing.Deployments;
import org.clinicchat.testing.PatientClient;
import org.clinicchat.testing.StaffFixtures;
import org.clinicchat.testing.StaffFixtures.Account;
import org.clinicchat.testing.StaffSession;
import org.clinicchat.testing.TestServer;
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
import org.openqa.selenium.WebElement;

/**
 * The staff pages: form login, role checks on each area, the staff accounts page, conversation
 * transcripts and the audit trail. Role checks use plain HTTP so that the status code is visible,
 * and page flows use headless Chromium.
 */
@ExtendWith(ArquillianExtension.class)
class StaffPagesIT {

  private static final Account CLINICIAN = StaffFixtures.CLINICIAN;
  private static final Account AUDITOR = StaffFixtures.AUDITOR;
  private static final Account PRIVACY_OFFICER = StaffFixtures.PRIVACY_OFFICER;

  private final PatientClient patient = new PatientClient();
  private Browser browser;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.clinicChat();
  }

  /** Creates the administrator, a clinician and an auditor, unless an earlier run did. */
  @BeforeAll
  static void createStaffAccounts() {
    try (Browser setup = Browser.start()) {
      StaffFixtures.ensureAccount(setup, CLINICIAN);
      StaffFixtures.ensureAccount(setup, AUDITOR);
      StaffFixtures.ensureAccount(setup, PRIVACY_OFFICER);
    }
  }

  @BeforeEach
  void startBrowser() {
    browser = Browser.start();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void anonymousStaffPageRedirectsToLogin() {
    HttpResponse<String> response = StaffSession.anonymous().get("admin/index.xhtml");

    assertEquals(302, response.statusCode());
    assertEquals("/login.xhtml", StaffSession.redirectPath(response));
  }

  @Test
  void loginRedirectCarriesSecurityHeaders() {
    HttpResponse<String> response = StaffSession.anonymous().get("admin/index.xhtml");

    assertTrue(response.headers().firstValue("Strict-Transport-Security").isPresent(), "HSTS");
    assertTrue(response.headers().firstValue("Content-Security-Policy").isPresent(), "CSP");
    assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
  }

  /** Over HTTP/1.1, which Payara answers with a "Server" header unless it is turned off. */
  @Test
  void responseNamesNoServerSoftware() throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest request = HttpRequest.newBuilder(TestServer.uri("login.xhtml")).build();

    HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());

    assertEquals(Optional.empty(), response.headers().firstValue("Server"));
  }

  @Test
  void wrongPasswordShowsLoginError() {
    browser.open("admin/index.xhtml");
    WebDriver driver = browser.driver();
    browser.waitUntil(page -> !page.findElements(By.id("username")).isEmpty());
    driver.findElement(By.id("username")).sendKeys(StaffFixtures.ADMINISTRATOR.username());
    driver.findElement(By.id("password")).sendKeys("not the password 42");
    driver.findElement(By.id("sign-in")).click();

    WebElement error = browser.waitUntil(page -> page.findElement(By.id("login-error")));
    assertTrue(error.isDisplayed());
  }

  @Test
  void clinicianIsForbiddenFromAuditTrail() {
    StaffSession clinician = StaffSession.signedIn(CLINICIAN.username(), CLINICIAN.password());

    assertEquals(403, clinician.get("admin/audit/index.xhtml").statusCode());
  }

  @Test
  void auditorIsForbiddenFromConversations() {
    StaffSession auditor = StaffSession.signedIn(AUDITOR.username(), AUDITOR.password());

    assertEquals(403, auditor.get("admin/conversations/index.xhtml").statusCode());
  }

  @Test
  void privacyOfficerReviewsStaffAccess() {
    StaffSession officer =
        StaffSession.signedIn(PRIVACY_OFFICER.username(), PRIVACY_OFFICER.password());

    HttpResponse<String> review = officer.get("admin/access-review/index.xhtml");

    assertEquals(200, review.statusCode());
    assertTrue(review.body().contains(CLINICIAN.username()), "the clinician is listed");
  }

  @Test
  void clinicianIsForbiddenFromAccessReview() {
    StaffSession clinician = StaffSession.signedIn(CLINICIAN.username(), CLINICIAN.password());

    assertEquals(403, clinician.get("admin/access-review/index.xhtml").statusCode());
  }

  @Test
  void signOutEndsStaffSession() {
    StaffSession clinician = StaffSession.signIn(CLINICIAN.username(), CLINICIAN.password());

    clinician.post("logout", Map.of());

    assertEquals(302, clinician.get("admin/index.xhtml").statusCode());
  }

  @Test
  void administratorCreatesStaffAccount() {
    Account newcomer =
        new Account("it-staff-" + shortId(), "a new clinician password 42", "CLINICIAN");
    StaffFixtures.signedIn(browser, StaffFixtures.ADMINISTRATOR);
    browser.open("admin/staff/index.xhtml");

    StaffFixtures.createAccount(browser, newcomer);

    assertTrue(
        StaffFixtures.listedUsernames(browser.driver()).contains(newcomer.username()),
        () -> "Accounts listed: " + StaffFixtures.listedUsernames(browser.driver()));
  }

  @Test
  void clinicianReadsPatientTranscript() {
    String text = "My left knee is sore, note " + shortId();
    String conversation = startConversation(text);
    StaffFixtures.signedIn(browser, CLINICIAN);
    WebDriver driver = browser.driver();

    browser.open("admin/conversations/index.xhtml");
    List<WebElement> links =
        driver.findElements(
            By.cssSelector("#conversations a.open-transcript[href$='id=" + conversation + "']"));
    assertEquals(1, links.size(), () -> "Links to " + conversation + " in the list");
    assertFalse(driver.getPageSource().contains(text), "no message text in the list");

    links.getFirst().click();
    browser.waitUntil(page -> !page.findElements(By.id("transcript")).isEmpty());
    List<String> patientTexts =
        driver.findElements(By.cssSelector("#transcript li.message.patient .text")).stream()
            .map(WebElement::getText)
            .toList();
    assertEquals(List.of(text), patientTexts);
  }

  /** The sign-in form reads the password as UTF-8, as the account form stored it. */
  @Test
  void accentedPasswordSignsIn() {
    Account accented =
        new Account("it-acentos", "Contraseña de la enfermería Ñandú 2026", "CLINICIAN");
    StaffFixtures.ensureAccount(browser, accented);

    StaffSession session = StaffSession.signedIn(accented.username(), accented.password());

    assertEquals(200, session.get("admin/index.xhtml").statusCode());
  }

  /** An administrator who disabled their own account, perhaps the last one, could lock all out. */
  @Test
  void administratorCannotDisableOwnAccount() {
    String admin = StaffFixtures.ADMINISTRATOR.username();
    StaffFixtures.signedIn(browser, StaffFixtures.ADMINISTRATOR);
    browser.open("admin/staff/index.xhtml");

    String row = "//tr[td[normalize-space(.)='" + admin + "']]";
    browser.driver().findElement(By.xpath(row + "//input[contains(@class,'disable')]")).click();
    browser.waitUntil(driver -> driver.getPageSource().contains("cannot disable your own"));

    assertEquals(
        200,
        StaffSession.signedIn(admin, StaffFixtures.ADMINISTRATOR.password())
            .get("admin/staff/index.xhtml")
            .statusCode());
  }

  @Test
  void setupClosedOnceAdministratorExists() {
    HttpResponse<String> setup = StaffSession.anonymous().get("setup.xhtml");

    assertEquals(200, setup.statusCode());
    assertTrue(setup.body().contains("id=\"setup-closed\""), "the closed notice");
    assertFalse(setup.body().contains("setup:code"), "no setup code field");
  }

  @Test
  void signOutAppearsInAuditTrail() {
    StaffSession clinician = StaffSession.signIn(CLINICIAN.username(), CLINICIAN.password());
    clinician.post("logout", Map.of());

    StaffFixtures.signedIn(browser, StaffFixtures.ADMINISTRATOR);
    browser.open("admin/audit/index.xhtml?action=LOGOUT");
    List<String> rows =
        browser.driver().findElements(By.cssSelector("#audit-events tbody tr")).stream()
            .map(WebElement::getText)
            .toList();

    assertTrue(
        rows.stream().anyMatch(row -> row.contains("LOGOUT") && row.contains(CLINICIAN.username())),
        () -> "No LOGOUT by " + CLINICIAN.username() + " in " + rows);
  }

  @Test
  void transcriptReadAppearsInAuditTrail() {
    String conversation = startConversation("Question about my blood test " + shortId());
    StaffSession clinician = StaffSession.signedIn(CLINICIAN.username(), CLINICIAN.password());
    HttpResponse<String> transcript =
        clinician.get("admin/conversations/transcript.xhtml?id=" + conversation);
    assertEquals(200, transcript.statusCode());

    StaffFixtures.signedIn(browser, StaffFixtures.ADMINISTRATOR);
    browser.open("admin/audit/index.xhtml");
    List<String> rows =
        browser.driver().findElements(By.cssSelector("#audit-events tbody tr")).stream()
            .map(WebElement::getText)
            .toList();

    assertTrue(
        rows.stream()
            .anyMatch(
                row ->
                    row.contains("TRANSCRIPT_READ")
                        && row.contains(conversation)
                        && row.contains(CLINICIAN.username())),
        () ->
            "No TRANSCRIPT_READ by "
                + CLINICIAN.username()
                + " of "
                + conversation
                + " in "
                + rows);
  }

  /** Starts a conversation through the patient API, sends one message and returns its id. */
  private String startConversation(String text) {
    String token = patient.agree();
    String conversation = patient.startConversation(token);
    PatientClient.Reply reply = patient.send(token, conversation, text);
    if (reply.status() != 201) {
      throw new IllegalStateException("Sending a patient message failed: " + reply);
    }
    return conversation;
  }

  private static String shortId() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}

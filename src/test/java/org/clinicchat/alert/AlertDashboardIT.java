package org.clinicchat.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.clinicchat.testing.Browser;
import org.clinicchat.testing.Deployments;
import org.clinicchat.testing.PatientClient;
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
import org.openqa.selenium.WebElement;

/**
 * The alert dashboard from outside the server: who may see it, who may act on it, and the
 * acknowledgement of an alert that real failed logins raised, with its note and its audit event.
 * Failed logins to many user names from one loopback address of a run's own, as a password spraying
 * client sends them, check the per-address rule. Real transcript reads of new clinicians check the
 * transcript-read limit, which the test instance lowers through {@value #READS_MAX_VARIABLE}.
 *
 * <p>The after-hours rule is tested only in {@code AlertRulesTest}, with a fixed clock: the clinic
 * hours are one setting of the test instance, which every test class shares, and hours that are
 * closed now would make every staff read in every class raise an alert.
 */
@ExtendWith(ArquillianExtension.class)
class AlertDashboardIT {

  private static final Account PRIVACY_OFFICER = StaffFixtures.PRIVACY_OFFICER;

  private static final String DASHBOARD = "admin/alerts/index.xhtml";

  /** The default of {@code clinicchat.alert.failed-logins.per-address.max}, which tests keep. */
  private static final int FAILED_LOGINS_PER_ADDRESS_MAX = 10;

  /** The environment variable that sets {@code clinicchat.alert.transcript-reads.max}. */
  static final String READS_MAX_VARIABLE = "CLINICCHAT_ALERT_TRANSCRIPT_READS_MAX";

  /** Accounts new in each run, so that no earlier transcript read counts toward their limit. */
  private static final Account HEAVY_READER = newClinician("reads-many-");

  private static final Account USUAL_READER = newClinician("reads-few-");

  private Browser browser;
  private Account target;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.clinicChat();
  }

  /**
   * Creates the accounts in one administrator sign-in, because each further sign-in of the same
   * account can wait up to 30 seconds for its next TOTP code.
   */
  @BeforeAll
  static void createStaffAccounts() {
    try (Browser setup = Browser.start()) {
      StaffFixtures.ensureAdministrator(setup);
      StaffFixtures.signIn(setup, StaffFixtures.ADMINISTRATOR);
      for (Account account :
          List.of(
              PRIVACY_OFFICER,
              StaffFixtures.AUDITOR,
              StaffFixtures.CLINICIAN,
              HEAVY_READER,
              USUAL_READER)) {
        setup.open("admin/staff/index.xhtml");
        if (!StaffFixtures.listedUsernames(setup.driver()).contains(account.username())) {
          StaffFixtures.createAccount(setup, account);
        }
      }
      StaffFixtures.signOut(setup);
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
  void auditorReadsDashboard() {
    assertEquals(200, signIn(StaffFixtures.AUDITOR).get(DASHBOARD).statusCode());
  }

  @Test
  void clinicianCannotReadDashboard() {
    assertEquals(403, signIn(StaffFixtures.CLINICIAN).get(DASHBOARD).statusCode());
  }

  @Test
  void auditorCannotRunEvaluation() {
    assertEquals(
        403, signIn(StaffFixtures.AUDITOR).post("admin/alerts/evaluation", Map.of()).statusCode());
  }

  @Test
  void privacyOfficerRunsEvaluation() {
    HttpResponse<String> response =
        signIn(PRIVACY_OFFICER).post("admin/alerts/evaluation", Map.of());

    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("\"raised\":"), response.body());
  }

  @Test
  void failedLoginsShowOnDashboard() {
    failLoginsOfNewAccount();

    String page = signIn(StaffFixtures.AUDITOR).get(DASHBOARD).body();

    assertTrue(page.contains("<span class=\"subject\">" + target.username() + "</span>"));
  }

  @Test
  void sprayedLoginsShowAddressOnDashboard() throws UnknownHostException {
    InetAddress sprayer = newLoopbackAddress();
    for (int i = 0; i < FAILED_LOGINS_PER_ADDRESS_MAX + 2; i++) {
      StaffSession session = StaffSession.anonymousFrom(sprayer);
      session.get("admin/index.xhtml");
      session.post(
          "j_security_check", Map.of("j_username", "sprayed-" + i, "j_password", "Winter2026!"));
    }

    signIn(PRIVACY_OFFICER).post("admin/alerts/evaluation", Map.of());

    String page = signIn(StaffFixtures.AUDITOR).get(DASHBOARD).body();
    assertTrue(
        page.contains("<span class=\"subject\">" + sprayer.getHostAddress() + "</span>"), page);
  }

  @Test
  void manyTranscriptReadsRaiseAlert() {
    openTranscripts(HEAVY_READER, transcriptReadsMax() + 1);

    signIn(PRIVACY_OFFICER).post("admin/alerts/evaluation", Map.of());

    assertTrue(hasTranscriptReadsAlert(HEAVY_READER), "an alert names " + HEAVY_READER.username());
  }

  @Test
  void transcriptReadsAtLimitRaiseNothing() {
    openTranscripts(USUAL_READER, transcriptReadsMax());

    signIn(PRIVACY_OFFICER).post("admin/alerts/evaluation", Map.of());

    assertFalse(hasTranscriptReadsAlert(USUAL_READER), "no alert names " + USUAL_READER.username());
  }

  @Test
  void acknowledgementStoresNote() {
    failLoginsOfNewAccount();
    String note = "Checked with " + target.username() + ": typed an old password";

    acknowledge(note);

    String page = signIn(PRIVACY_OFFICER).get(DASHBOARD + "?all=true").body();
    assertTrue(page.contains(note), "the acknowledged alert shows its note");
  }

  @Test
  void acknowledgementIsAudited() {
    failLoginsOfNewAccount();
    acknowledge("Reviewed");

    String events =
        signIn(StaffFixtures.AUDITOR)
            .get(
                "admin/audit/export?format=csv&action=ALERT_ACKNOWLEDGED&actor="
                    + PRIVACY_OFFICER.username())
            .body();

    assertTrue(events.contains(",ALERT_ACKNOWLEDGED,Alert,"), events);
  }

  @Test
  void blankNoteRejected() {
    failLoginsOfNewAccount();

    acknowledge("   ");

    assertTrue(
        browser.driver().getPageSource().contains("Note: say what you found and what you did."));
  }

  /** Opens the transcript of a new conversation as the account, as often as given. */
  private static void openTranscripts(Account account, int times) {
    PatientClient patient = new PatientClient();
    String conversation = patient.startConversation(patient.agree());
    StaffSession staff = signIn(account);
    for (int i = 0; i < times; i++) {
      HttpResponse<String> page =
          staff.get("admin/conversations/transcript.xhtml?id=" + conversation);
      assertEquals(200, page.statusCode(), "transcript read " + (i + 1));
    }
  }

  /** Returns whether the dashboard lists a transcript-read alert about the account. */
  private static boolean hasTranscriptReadsAlert(Account account) {
    String page = signIn(PRIVACY_OFFICER).get(DASHBOARD + "?all=true").body();
    return Arrays.stream(page.split("<tr"))
        .anyMatch(
            row ->
                row.contains("<span class=\"rule\">TRANSCRIPT_READS_EXCEEDED</span>")
                    && row.contains("<span class=\"subject\">" + account.username() + "</span>"));
  }

  private static int transcriptReadsMax() {
    String configured = System.getenv(READS_MAX_VARIABLE);
    assertNotNull(configured, READS_MAX_VARIABLE + " is set for the test instance in pom.xml");
    return Integer.parseInt(configured);
  }

  private static Account newClinician(String prefix) {
    return new Account(
        prefix + UUID.randomUUID().toString().substring(0, 8),
        "a long enough password 9",
        "CLINICIAN");
  }

  /**
   * Returns a loopback address other than 127.0.0.1, random per run, so that failed logins of
   * earlier runs and other classes do not count toward its limit.
   */
  private static InetAddress newLoopbackAddress() throws UnknownHostException {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    byte[] address = {127, (byte) random.nextInt(1, 255), (byte) random.nextInt(256), 9};
    return InetAddress.getByAddress(address);
  }

  /** Creates an account and fails its login five times, which the default limit alerts on. */
  private void failLoginsOfNewAccount() {
    target =
        new Account(
            "alert-" + UUID.randomUUID().toString().substring(0, 8),
            "a long enough password 7",
            "FRONT_DESK");
    StaffFixtures.ensureAccount(browser, target);
    for (int i = 0; i < 5; i++) {
      StaffSession session = StaffSession.anonymous();
      session.get("admin/index.xhtml");
      session.post(
          "j_security_check",
          Map.of("j_username", target.username(), "j_password", "wrong password " + i));
    }
    signIn(PRIVACY_OFFICER).post("admin/alerts/evaluation", Map.of());
  }

  /** Acknowledges the target's alert on the dashboard in the browser. */
  private void acknowledge(String note) {
    StaffFixtures.signedIn(browser, PRIVACY_OFFICER);
    browser.open(DASHBOARD);
    String row =
        "//tr[.//span[@class='subject' and normalize-space(.)='" + target.username() + "']]";
    WebElement form = browser.driver().findElement(By.xpath(row + "//form"));
    form.findElement(By.tagName("textarea")).sendKeys(note);
    StaffFixtures.submit(browser, form.findElement(By.cssSelector("input[type='submit']")));
  }

  private static StaffSession signIn(Account account) {
    return StaffSession.signedIn(account.username(), account.password());
  }
}

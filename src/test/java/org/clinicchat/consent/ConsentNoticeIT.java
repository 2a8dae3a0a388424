package org.clinicchat.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.clinicchat.testing.Browser;
import org.clinicchat.testing.Deployments;
import org.clinicchat.testing.PatientClient;
import org.clinicchat.testing.PatientClient.Reply;
import org.clinicchat.testing.StaffFixtures;
import org.clinicchat.testing.StaffSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Consent notice versions from the privacy officer's page to the patient API: a new version is in
 * force at once, a patient who agreed to the earlier one must agree again, and every publication is
 * audited.
 */
@ExtendWith(ArquillianExtension.class)
class ConsentNoticeIT {

  private static final String PAGE = "admin/consent-notice/index.xhtml";

  private static Browser browser;
  private final PatientClient patient = new PatientClient();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.clinicChat();
  }

  @BeforeAll
  static void signInPrivacyOfficer() {
    browser = Browser.start();
    StaffFixtures.ensureAccount(browser, StaffFixtures.PRIVACY_OFFICER);
    StaffFixtures.ensureAccount(browser, StaffFixtures.AUDITOR);
    StaffFixtures.signedIn(browser, StaffFixtures.PRIVACY_OFFICER);
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
  }

  @Test
  void newVersionIsInForce() {
    String version = publishNewVersion("Clearer retention section");

    assertEquals(version, patient.currentNoticeVersion());
  }

  @Test
  void earlierConsentMustAgreeAgain() {
    String token = patient.agree();
    String conversation = patient.startConversation(token);
    publishNewVersion("Names the new patient portal");

    Reply refused = patient.send(token, conversation, "What are your hours?");

    assertEquals(403, refused.status());
    assertTrue(refused.json().getBoolean("noticeChanged"), refused.body());
  }

  @Test
  void consentToNewVersionWorks() {
    publishNewVersion("Adds the call-back option");
    String token = patient.agree();

    Reply reply = patient.send(token, patient.startConversation(token), "What are your hours?");

    assertEquals(201, reply.status());
  }

  @Test
  void earlierVersionRefusedForNewConsent() {
    String earlier = patient.currentNoticeVersion();
    publishNewVersion("Shorter sections");

    assertEquals(409, patient.consentRequest(earlier, "PATIENT_CHAT").status());
  }

  @Test
  void publicationIsAudited() {
    String version = publishNewVersion("Audited change");

    String events =
        StaffSession.signedIn(StaffFixtures.AUDITOR.username(), StaffFixtures.AUDITOR.password())
            .get(
                "admin/audit/export?format=csv&action=CONSENT_NOTICE_PUBLISHED&resource=" + version)
            .body();

    assertTrue(events.contains(",CONSENT_NOTICE_PUBLISHED,ConsentNotice," + version + ","), events);
  }

  @Test
  void invalidLabelShowsMessage() {
    String before = patient.currentNoticeVersion();
    browser.open(PAGE);
    fill("notice:version", "new version with spaces");
    fill("notice:note", "Rejected label");
    StaffFixtures.submit(browser, browser.driver().findElement(By.id("notice:publish")));

    assertTrue(
        browser.driver().findElement(By.id("messages")).getText().contains("Give a version label"));
    assertEquals(before, patient.currentNoticeVersion(), "nothing published");
  }

  /** Publishes the notice in force again under a new label, with a note, and returns the label. */
  private static String publishNewVersion(String note) {
    String version = "it-" + UUID.randomUUID().toString().substring(0, 8);
    browser.open(PAGE);
    fill("notice:version", version);
    fill("notice:note", note);
    StaffFixtures.submit(browser, browser.driver().findElement(By.id("notice:publish")));
    String shown = browser.driver().findElement(By.id("notice-version")).getText();
    if (!version.equals(shown)) {
      throw new IllegalStateException(
          "The notice page did not publish "
              + version
              + ": "
              + browser.driver().findElement(By.tagName("body")).getText());
    }
    return version;
  }

  private static void fill(String id, String value) {
    WebElement field = browser.driver().findElement(By.id(id));
    field.clear();
    field.sendKeys(value);
  }
}

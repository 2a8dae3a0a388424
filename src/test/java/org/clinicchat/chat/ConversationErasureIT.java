package org.clinicchat.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.clinicchat.testing.Browser;
import org.clinicchat.testing.Deployments;
import org.clinicchat.testing.PatientClient;
import org.clinicchat.testing.StaffFixtures;
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
import org.openqa.selenium.WebElement;

/**
 * Crypto-shredding from the staff pages: an administrator erases one conversation on its transcript
 * page, after which its messages read as erased for staff and patient alike while other
 * conversations still read, and the erasure is in the audit trail. Also the key management page's
 * role check.
 */
@ExtendWith(ArquillianExtension.class)
class ConversationErasureIT {

  private final PatientClient patient = new PatientClient();
  private Browser browser;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.clinicChat();
  }

  @BeforeAll
  static void createStaffAccounts() {
    try (Browser setup = Browser.start()) {
      StaffFixtures.ensureAccount(setup, StaffFixtures.CLINICIAN);
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
  void administratorErasesConversation() {
    String token = patient.agree();
    String erased = startConversation(token, "erase this note " + shortId());
    String keptText = "keep this note " + shortId();
    String kept = startConversation(token, keptText);
    StaffFixtures.signedIn(browser, StaffFixtures.ADMINISTRATOR);
    browser.open("admin/conversations/transcript.xhtml?id=" + erased);
    WebElement button =
        browser.waitUntil(page -> page.findElement(By.id("erase:erase-conversation")));

    StaffFixtures.submit(browser, button);

    List<WebElement> erasedMessages =
        browser.driver().findElements(By.cssSelector("#transcript li .erased"));
    assertEquals(2, erasedMessages.size(), "the patient message and the reply read as erased");
    assertEquals(
        List.of("ERASED", "ERASED"), textStates(patient.transcript(token, erased).jsonArray()));
    List<JsonObject> keptMessages =
        patient.transcript(token, kept).jsonArray().getValuesAs(JsonObject.class);
    assertEquals(keptText, keptMessages.getFirst().getString("text"));
    assertTrue(auditTrailShows("CONVERSATION_ERASED", erased), "the erasure is audited");
  }

  @Test
  void clinicianHasNoEraseButton() {
    String conversation = startConversation(patient.agree(), "no erase " + shortId());
    StaffSession clinician =
        StaffSession.signedIn(
            StaffFixtures.CLINICIAN.username(), StaffFixtures.CLINICIAN.password());

    HttpResponse<String> page =
        clinician.get("admin/conversations/transcript.xhtml?id=" + conversation);

    assertEquals(200, page.statusCode());
    assertFalse(page.body().contains("erase-conversation"), "only administrators may erase");
  }

  @Test
  void clinicianForbiddenFromKeyManagement() {
    StaffSession clinician =
        StaffSession.signedIn(
            StaffFixtures.CLINICIAN.username(), StaffFixtures.CLINICIAN.password());

    assertEquals(403, clinician.get("admin/keys/index.xhtml").statusCode());
  }

  @Test
  void administratorSeesActiveKey() {
    StaffSession administrator =
        StaffSession.signedIn(
            StaffFixtures.ADMINISTRATOR.username(), StaffFixtures.ADMINISTRATOR.password());

    HttpResponse<String> page = administrator.get("admin/keys/index.xhtml");

    assertEquals(200, page.statusCode());
    assertTrue(
        page.body().contains("<code id=\"active-kek\">" + TestServer.activeKeyId() + "</code>"),
        page::body);
  }

  @Test
  void administratorStartsKeyRotation() {
    StaffFixtures.signedIn(browser, StaffFixtures.ADMINISTRATOR);
    browser.open("admin/keys/index.xhtml");
    WebElement start = browser.waitUntil(page -> page.findElement(By.id("rotation:start")));

    StaffFixtures.submit(browser, start);

    String message = browser.driver().findElement(By.id("messages")).getText();
    assertTrue(message.startsWith("Key rotation started as execution "), message);
    String execution = message.replaceAll("\\D", "");
    browser.waitUntil(page -> awaitCompleted(execution));
    assertTrue(auditTrailShows("KEY_ROTATION_STARTED", execution), "the start is audited");
  }

  /** Reloads the key management page and returns whether the execution has completed. */
  private boolean awaitCompleted(String execution) {
    browser.open("admin/keys/index.xhtml");
    List<WebElement> status = browser.driver().findElements(By.id("execution-status"));
    String shown = browser.driver().findElement(By.id("execution-id")).getText();
    return shown.equals(execution)
        && !status.isEmpty()
        && "COMPLETED".equals(status.getFirst().getText());
  }

  private boolean auditTrailShows(String action, String conversation) {
    browser.open("admin/audit/index.xhtml");
    return browser.driver().findElements(By.cssSelector("#audit-events tbody tr")).stream()
        .map(WebElement::getText)
        .anyMatch(
            row ->
                row.contains(action)
                    && row.contains(conversation)
                    && row.contains(StaffFixtures.ADMINISTRATOR.username()));
  }

  private static List<String> textStates(jakarta.json.JsonArray messages) {
    return messages.getValuesAs(JsonObject.class).stream()
        .map(message -> message.getString("textState"))
        .toList();
  }

  private String startConversation(String token, String text) {
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

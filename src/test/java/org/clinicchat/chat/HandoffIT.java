package org.clinicchat.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.clinicchat.testing.Browser;
import org.clinicchat.testing.Deployments;
import org.clinicchat.testing.PatientClient;
import org.clinicchat.testing.PatientClient.Reply;
import org.clinicchat.testing.StaffFixtures;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Handing a conversation to a person: the patient's side through the API, the clinician's side in
 * Chromium. The test server lets a handoff wait 45 seconds before it times out.
 */
@ExtendWith(ArquillianExtension.class)
class HandoffIT {

  private final PatientClient patient = new PatientClient();
  private Browser browser;
  private String token;
  private String conversation;

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

  @BeforeEach
  void startConversation() {
    // Signs the clinician in before the patient asks for a person: a sign-in can wait up to 30
    // seconds for a new TOTP code, which would eat into the 45-second handoff wait limit.
    StaffSession.signedIn(StaffFixtures.CLINICIAN.username(), StaffFixtures.CLINICIAN.password());
    token = patient.agree();
    conversation = patient.startConversation(token);
    browser = Browser.start();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void askingForPersonJoinsQueue() {
    Reply reply = send("Can I talk to a person?");

    assertEquals("handoff", reply.json().getJsonObject("reply").getString("topic"));
    assertEquals("WAITING", reply.json().getString("handoff"));
  }

  @Test
  void waitingConversationAppearsWithoutReload() {
    StaffFixtures.signedIn(browser, StaffFixtures.CLINICIAN);
    browser.open("admin/inbox/index.xhtml");
    browser.waitUntil(
        page -> !page.findElements(By.cssSelector("body[data-inbox-push]")).isEmpty());
    JavascriptExecutor script = (JavascriptExecutor) browser.driver();
    script.executeScript("window.inboxNotReloaded = true;");

    send("Can I talk to a person?");

    browser.waitUntil(page -> !page.findElements(By.xpath(waitingRow())).isEmpty());
    assertEquals(Boolean.TRUE, script.executeScript("return window.inboxNotReloaded === true;"));
  }

  @Test
  void pushedRowLinksToConversation() {
    StaffFixtures.signedIn(browser, StaffFixtures.CLINICIAN);
    browser.open("admin/inbox/index.xhtml");
    browser.waitUntil(
        page -> !page.findElements(By.cssSelector("body[data-inbox-push]")).isEmpty());

    send("Can I talk to a person?");

    String link =
        browser
            .waitUntil(page -> page.findElement(By.xpath(waitingRow() + "//a[@class='read']")))
            .getAttribute("href");
    assertTrue(link.endsWith("/admin/conversations/transcript.xhtml?id=" + conversation), link);
  }

  @Test
  void secondUnansweredQuestionJoinsQueue() {
    send("What is the capital of France?");

    Reply second = send("Who won the football game yesterday?");

    assertEquals("WAITING", second.json().getString("handoff"));
  }

  @Test
  void assistantSilentAfterTakeover() {
    send("I want to speak to someone");
    takeOver();

    Reply reply = send("Hello, are you there?");

    assertNull(reply.json().get("reply"), reply::toString);
    assertEquals("STAFF", reply.json().getString("handoff"));
  }

  @Test
  void staffReplyReachesPatient() {
    send("I want to speak to someone");
    takeOver();

    answerInBrowser("This is the nurse on duty. How can I help?");

    JsonObject last = lastMessage();
    assertEquals("STAFF", last.getString("sender"));
    assertEquals("This is the nurse on duty. How can I help?", last.getString("text"));
  }

  @Test
  void emergencyAnsweredDuringTakeover() {
    send("Can I talk to a person?");
    takeOver();

    Reply reply = send("I have crushing chest pain");

    assertTrue(reply.json().getJsonObject("reply").getBoolean("emergency"), reply::toString);
  }

  @Test
  void handBackRestoresAssistant() {
    send("Can I talk to a person?");
    takeOver();
    StaffFixtures.submit(browser, browser.driver().findElement(By.id("handoff:hand-back")));

    Reply reply = send("What are your hours?");

    assertEquals("hours", reply.json().getJsonObject("reply").getString("topic"));
  }

  @Test
  void unansweredHandoffTimesOut() throws InterruptedException {
    send("Can I talk to a person?");

    JsonObject last = awaitTimeoutMessage();

    assertEquals(HandoffTimeouts.TIMEOUT_TOPIC, last.getString("topic", ""), last::toString);
    assertTrue(last.getString("text").contains("(555) 010-4477"), last::toString);
  }

  private Reply send(String text) {
    Reply reply = patient.send(token, conversation, text);
    assertEquals(201, reply.status(), reply::toString);
    return reply;
  }

  /** Signs the clinician in, takes the conversation over in the inbox, and opens it. */
  private void takeOver() {
    StaffFixtures.signedIn(browser, StaffFixtures.CLINICIAN);
    browser.open("admin/inbox/index.xhtml");
    WebDriver driver = browser.driver();
    StaffFixtures.submit(
        browser, driver.findElement(By.xpath(waitingRow() + "//input[@type='submit']")));
    browser.waitUntil(page -> !page.findElements(By.id("handoff:reply")).isEmpty());
  }

  /** Returns the XPath of the conversation's row in the inbox's waiting table. */
  private String waitingRow() {
    return "//table[@id='queue:waiting']//tr[td[1]/code[normalize-space()='" + conversation + "']]";
  }

  private void answerInBrowser(String text) {
    WebDriver driver = browser.driver();
    driver.findElement(By.id("handoff:reply")).sendKeys(text);
    StaffFixtures.submit(browser, driver.findElement(By.id("handoff:send")));
  }

  private JsonObject lastMessage() {
    JsonArray messages = patient.transcript(token, conversation).jsonArray();
    return messages.getJsonObject(messages.size() - 1);
  }

  /** Reads the transcript every two seconds, for at most 90 seconds, until the timeout notice. */
  private JsonObject awaitTimeoutMessage() throws InterruptedException {
    long deadline = System.nanoTime() + 90_000_000_000L;
    JsonObject last = lastMessage();
    while (System.nanoTime() < deadline
        && !HandoffTimeouts.TIMEOUT_TOPIC.equals(last.getString("topic", ""))) {
      Thread.sleep(2000);
      last = lastMessage();
    }
    return last;
  }
}

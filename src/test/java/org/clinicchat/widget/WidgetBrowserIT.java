package org.clinicchat.widget;

import static org.clinicchat.widget.WidgetDriver.click;
import static org.clinicchat.widget.WidgetDriver.visible;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.clinicchat.testing.Browser;
import org.clinicchat.testing.Deployments;
import org.clinicchat.testing.HandoffDesk;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.logging.LogEntry;

/**
 * Drives the chat widget on the demo page in headless Chromium, the way a visitor uses it: open the
 * panel, read the privacy notice, agree or decline, ask a question and read the answer, download
 * the transcript, and end the chat. One browser serves every test, and each test loads the page
 * afresh.
 */
@ExtendWith(ArquillianExtension.class)
class WidgetBrowserIT {

  /** The test instance's handoff wait limit, the timeout job's 15-second period, and slack. */
  private static final Duration HANDOFF_TIMEOUT_WAIT = Duration.ofSeconds(100);

  private static Browser browser;
  private static WidgetDriver widgets;
  private static Path downloads;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.clinicChat();
  }

  @BeforeAll
  static void startBrowser() throws IOException {
    browser = Browser.start();
    widgets = new WidgetDriver(browser);
    downloads = Files.createTempDirectory("clinicchat-downloads-");
    // Headless Chromium saves downloads only into a folder set with this command.
    ((ChromeDriver) browser.driver())
        .executeCdpCommand(
            "Browser.setDownloadBehavior",
            Map.of("behavior", "allow", "downloadPath", downloads.toString()));
  }

  @AfterAll
  static void closeBrowser() throws IOException {
    browser.close();
    try (Stream<Path> files = Files.list(downloads)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    Files.delete(downloads);
  }

  /** Waits until the browser has saved a download under the name, and returns the file. */
  private static Path downloaded(String fileName) {
    Path file = downloads.resolve(fileName);
    // Chromium writes to a .crdownload file first and renames it when the download is complete.
    return browser.waitUntil(driver -> Files.exists(file) ? file : null);
  }

  @Test
  void agreedVisitorGetsTheOpeningHours() {
    SearchContext widget = widgets.openAtConsentNotice("");

    click(widget, "agree");
    WebElement answer = widgets.ask(widget, "What are your hours?");

    assertTrue(
        answer.findElement(By.cssSelector(".message-text")).getText().contains("Monday to Friday"),
        answer.getText());
    assertEquals("hours", answer.getDomAttribute("data-topic"));
  }

  @Test
  void offeredSlotsAreButtons() {
    SearchContext widget = widgets.openAtConsentNotice("");
    click(widget, "agree");

    WebElement offer =
        widgets.ask(widget, "Can I book an appointment with Dr. Rivera next Tuesday?");

    List<WebElement> buttons = offer.findElements(By.cssSelector(".slot-choices button"));
    String text = offer.findElement(By.cssSelector(".message-text")).getText();
    assertFalse(buttons.isEmpty(), text);
    assertTrue(buttons.size() <= 3, text);
    assertTrue(text.contains("\n1. "), "the text reply still lists the slots: " + text);
    assertTrue(buttons.getFirst().getText().startsWith("1. "), buttons.getFirst().getText());
    assertEquals("button", buttons.getFirst().getDomAttribute("type"));
  }

  @Test
  void slotButtonWorksByKeyboard() {
    SearchContext widget = widgets.openAtConsentNotice("");
    click(widget, "agree");
    WebElement offer =
        widgets.ask(widget, "Can I book an appointment with Dr. Rivera next Tuesday?");
    int before = WidgetDriver.assistantMessages(widget).size();

    offer.findElement(By.cssSelector(".slot-choices button")).sendKeys(Keys.ENTER);
    WebElement reply =
        browser.waitUntil(
            driver -> {
              List<WebElement> answers = WidgetDriver.assistantMessages(widget);
              return answers.size() > before ? answers.getLast() : null;
            });

    assertEquals(
        "What is the visit for? A few words are enough.",
        reply.findElement(By.cssSelector(".message-text")).getText());
    assertEquals(
        "1",
        widget
            .findElements(By.cssSelector("#messages li.message.patient"))
            .getLast()
            .getText()
            .replace("You said: ", "")
            .strip());
    assertEquals(
        List.of(), widget.findElements(By.cssSelector(".slot-choices")), "old buttons removed");
  }

  @Test
  void agreedVisitorSeesConsentedModeLine() {
    SearchContext widget = widgets.openAtConsentNotice("");

    click(widget, "agree");
    browser.waitUntil(driver -> visible(widget, "message"));

    assertTrue(
        widget.findElement(By.cssSelector("#mode-line")).getText().contains("You agreed"),
        widget.findElement(By.cssSelector("#mode-line")).getText());
  }

  @Test
  void declinedVisitorGetsThePhoneNumber() {
    SearchContext widget = widgets.openAtConsentNotice("");

    click(widget, "decline");
    WebElement answer = widgets.ask(widget, "What is your phone number?");

    assertTrue(
        answer.findElement(By.cssSelector(".message-text")).getText().contains("(555) 010-4477"),
        answer.getText());
    assertEquals("phone", answer.getDomAttribute("data-topic"));
  }

  @Test
  void endedChatReturnsToConsentNotice() {
    SearchContext widget = widgets.openAtConsentNotice("");
    click(widget, "agree");
    widgets.ask(widget, "What are your hours?");

    click(widget, "revoke");
    browser.waitUntil(driver -> visible(widget, "consent-info"));

    assertTrue(
        widget.findElement(By.cssSelector("#consent-info")).getText().contains("withdrew"),
        widget.findElement(By.cssSelector("#consent-info")).getText());
    assertEquals(
        "consent-info",
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "return document.querySelector('clinic-chat').shadowRoot.activeElement.id"));
    assertTrue(visible(widget, "agree"));
    assertFalse(visible(widget, "message"));
    assertFalse(visible(widget, "revoke"));
    assertEquals(List.of(), widget.findElements(By.cssSelector("#messages li")));
  }

  @Test
  void chatAfterEndingStartsNewConversation() {
    String first = askAsConsentedVisitor("What are your hours?");
    SearchContext widget = widgets.current();
    click(widget, "revoke");
    browser.waitUntil(driver -> visible(widget, "consent-info"));

    click(widget, "agree");
    WebElement answer = widgets.ask(widget, "Where do I park?");

    assertEquals("parking", answer.getDomAttribute("data-topic"));
    assertFalse(first.equals(widgets.conversationId()), "a new conversation under a new consent");
  }

  @Test
  void declinedVisitorSeesNoTranscriptControls() {
    SearchContext widget = widgets.openAtConsentNotice("");

    click(widget, "decline");
    browser.waitUntil(driver -> visible(widget, "message"));

    assertFalse(visible(widget, "download-text"));
    assertFalse(visible(widget, "download-json"));
    assertFalse(visible(widget, "revoke"));
  }

  @Test
  void transcriptDownloadsAsText() throws IOException {
    String conversation = askAsConsentedVisitor("What are your hours?");

    click(widgets.current(), "download-text");
    String text = Files.readString(downloaded("clinicchat-transcript-" + conversation + ".txt"));

    assertTrue(text.startsWith("Transcript of your chat with the clinic\n"), text);
    assertTrue(text.contains("Conversation: " + conversation + "\n"), text);
    assertTrue(text.contains("] You:\nWhat are your hours?\n"), text);
    assertTrue(text.contains("] Assistant:\n"), text);
  }

  @Test
  void transcriptDownloadsAsJson() throws IOException {
    String conversation = askAsConsentedVisitor("What are your hours?");

    click(widgets.current(), "download-json");
    Path file = downloaded("clinicchat-transcript-" + conversation + ".json");
    JsonObject transcript;
    try (JsonReader reader = Json.createReader(Files.newBufferedReader(file))) {
      transcript = reader.readObject();
    }

    assertEquals(conversation, transcript.getString("conversationId"));
    JsonArray messages = transcript.getJsonArray("messages");
    assertEquals(2, messages.size(), messages::toString);
    assertEquals("PATIENT", messages.getJsonObject(0).getString("sender"));
    assertEquals("What are your hours?", messages.getJsonObject(0).getString("text"));
    assertEquals("ASSISTANT", messages.getJsonObject(1).getString("sender"));
  }

  /** The patient token goes only in the Authorization header, never into an address. */
  @Test
  void noTokenInAnyAddress() {
    SearchContext widget = widgets.openAtConsentNotice("");
    click(widget, "agree");
    widgets.ask(widget, "What are your hours?");
    click(widget, "download-text");
    browser.waitUntil(
        driver -> widget.findElement(By.cssSelector("#status")).getText().contains("saved"));

    @SuppressWarnings("unchecked")
    List<String> addresses =
        (List<String>)
            ((JavascriptExecutor) browser.driver())
                .executeScript(
                    "return performance.getEntriesByType('resource').map(e => e.name)"
                        + ".concat([location.href])");
    List<String> withToken =
        addresses.stream()
            .filter(
                address ->
                    address.contains("eyJ") || address.toLowerCase(Locale.ROOT).contains("token"))
            .toList();

    assertTrue(
        addresses.stream().anyMatch(address -> address.contains("/transcript")),
        addresses::toString);
    assertEquals(List.of(), withToken);
  }

  /**
   * The server sends a strict Content Security Policy (no inline script or style), and the widget
   * must work under it: a violation shows up as a SEVERE console entry.
   */
  @Test
  void widgetRunsUnderContentSecurityPolicy() {
    SearchContext widget = widgets.openAtConsentNotice("");
    click(widget, "agree");
    widgets.ask(widget, "What are your hours?");

    List<String> violations =
        browser.consoleEntries().stream()
            .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
            .map(LogEntry::getMessage)
            .filter(WidgetBrowserIT::mentionsContentSecurityPolicy)
            .toList();

    assertEquals(List.of(), violations);
  }

  @Test
  void spanishPageGetsSpanishWidgetAndAnswers() {
    SearchContext widget = widgets.openAtConsentNotice("es/");

    click(widget, "agree");
    WebElement answer = widgets.ask(widget, "What are your hours?");

    assertEquals("Enviar", widget.findElement(By.cssSelector("#send")).getText().trim());
    assertTrue(
        answer.findElement(By.cssSelector(".message-text")).getText().startsWith("Abrimos"),
        answer.getText());
  }

  @Test
  void staffReplyAppearsInWidget() {
    SearchContext widget = widgets.openAtConsentNotice("");
    click(widget, "agree");
    widgets.ask(widget, "Can I talk to a person?");
    String conversation = widgets.conversationId();

    try (Browser staff = Browser.start()) {
      StaffFixtures.ensureAccount(staff, StaffFixtures.CLINICIAN);
      StaffFixtures.signedIn(staff, StaffFixtures.CLINICIAN);
      staff.open("admin/conversations/transcript.xhtml?id=" + conversation);
      StaffFixtures.submit(staff, staff.driver().findElement(By.id("handoff:take")));
      staff.driver().findElement(By.id("handoff:reply")).sendKeys("The nurse is here.");
      StaffFixtures.submit(staff, staff.driver().findElement(By.id("handoff:send")));
    }

    WebElement staffMessage =
        browser.waitUntil(driver -> widget.findElement(By.cssSelector(".message.staff")));
    assertEquals(
        "The nurse is here.", staffMessage.findElement(By.cssSelector(".message-text")).getText());
  }

  /** During a handoff the staff reply arrives on the message stream: the widget does not poll. */
  @Test
  void staffReplyStreamedWithoutPolling() throws InterruptedException {
    String conversation = handoffTakenOver();

    HandoffDesk.reply(conversation, "Streamed from the nurse.");

    browser.waitUntil(driver -> staffTexts(widgets.current()).contains("Streamed from the nurse."));
    // Longer than the widget's 5-second poll, so a poll would have happened by now.
    Thread.sleep(6000);
    List<String> messageRequests =
        resourceAddresses().stream().filter(address -> address.endsWith("/messages")).toList();
    assertEquals(1, messageRequests.size(), messageRequests::toString);
  }

  /**
   * With the network cut while staff write twice, the widget reconnects with Last-Event-ID and
   * shows each message once, in the order of storage.
   */
  @Test
  void offlineWidgetShowsEachMessageOnce() throws InterruptedException {
    String conversation = handoffTakenOver();
    HandoffDesk.reply(conversation, "Before the network dropped.");
    SearchContext widget = widgets.current();
    browser.waitUntil(driver -> staffTexts(widget).size() == 1);
    ChromeDriver chrome = (ChromeDriver) browser.driver();

    ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
    offline.setOffline(true);
    chrome.setNetworkConditions(offline);
    try {
      HandoffDesk.reply(conversation, "First while offline.");
      HandoffDesk.reply(conversation, "Second while offline.");
      Thread.sleep(3000);
    } finally {
      chrome.deleteNetworkConditions();
    }
    browser.waitUntil(driver -> staffTexts(widget).size() >= 3);
    // Longer than the server's 3-second re-read, so a duplicate would have arrived.
    Thread.sleep(5000);

    assertEquals(
        List.of("Before the network dropped.", "First while offline.", "Second while offline."),
        staffTexts(widget));
    List<Integer> sequences =
        widget.findElements(By.cssSelector("#messages li[data-sequence]")).stream()
            .map(item -> Integer.valueOf(item.getDomAttribute("data-sequence")))
            .toList();
    assertEquals(sequences.stream().sorted().distinct().toList(), sequences);
    assertTrue(streamOpenings(conversation) >= 2, "the widget opened its stream again");
  }

  /**
   * When no staff member takes the conversation within the wait limit (45 seconds for the test
   * instance, checked every 15 seconds), the widget offers a call-back form under the notice. A
   * wrong number gets the server's message beside the form; a valid one gets a thank-you.
   */
  @Test
  void timedOutHandoffOffersCallBack() {
    askAsConsentedVisitor("Can I talk to a person?");
    SearchContext widget = widgets.current();
    WebElement form =
        browser.waitUntil(
            driver ->
                widget.findElements(By.cssSelector("form.callback-request")).stream()
                    .findFirst()
                    .orElse(null),
            HANDOFF_TIMEOUT_WAIT);

    form.findElement(By.cssSelector("input[type=tel]")).sendKeys("12");
    form.findElement(By.cssSelector("button")).click();
    String error =
        browser.waitUntil(
            driver -> {
              String text = form.findElement(By.cssSelector(".callback-result")).getText();
              return text.isBlank() ? null : text;
            });
    WebElement phone = form.findElement(By.cssSelector("input[type=tel]"));
    phone.clear();
    phone.sendKeys("+1 415 555 0132");
    form.findElement(By.cssSelector("button")).click();
    String thanks = browser.waitUntil(driver -> callbackThanks(widget));

    assertTrue(error.contains("phone"), error);
    assertTrue(thanks.contains("at the number you gave"), thanks);
  }

  /** A reload within the idle window shows the same conversation, without the notice. */
  @Test
  void reloadResumesConversation() {
    askAsConsentedVisitor("What are your hours?");
    String conversation = widgets.conversationId();

    SearchContext widget = widgets.reopen("");
    browser.waitUntil(driver -> !WidgetDriver.assistantMessages(widget).isEmpty());

    assertTrue(visible(widget, "chat-view"), "the chat, not the notice");
    assertTrue(patientTexts(widget).contains("What are your hours?"), "the earlier question");
    assertEquals(conversation, storedSession().getString("conversationId"));
  }

  /** A stored session whose token expired, 30 minutes after the last message, starts over. */
  @Test
  void reloadAfterIdleWindowStartsOver() {
    askAsConsentedVisitor("What are your hours?");
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "const s = JSON.parse(sessionStorage.getItem('clinicchat.session'));"
                + "s.expiresAt = Date.now() - 1000;"
                + "sessionStorage.setItem('clinicchat.session', JSON.stringify(s));");

    SearchContext widget = widgets.reopen("");

    browser.waitUntil(driver -> visible(widget, "consent-view"));
    assertTrue(WidgetDriver.assistantMessages(widget).isEmpty(), "no earlier messages");
  }

  private JsonObject storedSession() {
    Object stored =
        ((JavascriptExecutor) browser.driver())
            .executeScript("return sessionStorage.getItem('clinicchat.session');");
    try (JsonReader reader = Json.createReader(new StringReader(String.valueOf(stored)))) {
      return reader.readObject();
    }
  }

  private static List<String> patientTexts(SearchContext widget) {
    return widget
        .findElements(By.cssSelector("#messages li.message.patient .message-text"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Returns the thank-you that replaces the call-back form, or null before it shows. */
  private static String callbackThanks(SearchContext widget) {
    try {
      return widget.findElements(By.cssSelector("#messages .callback-result")).stream()
          .map(WebElement::getText)
          .filter(text -> text.contains("call you back"))
          .findFirst()
          .orElse(null);
    } catch (StaleElementReferenceException e) {
      // The form was replaced between finding and reading it: look again.
      return null;
    }
  }

  /** Returns how often the audit trail recorded an opened message stream of the conversation. */
  private static long streamOpenings(String conversation) {
    try (Browser staff = Browser.start()) {
      StaffFixtures.ensureAccount(staff, StaffFixtures.AUDITOR);
    }
    String trail =
        StaffSession.signedIn(StaffFixtures.AUDITOR.username(), StaffFixtures.AUDITOR.password())
            .get("admin/audit/export?format=csv&resource=" + conversation)
            .body();
    return trail.lines().filter(line -> line.contains(",MESSAGE_STREAM_OPENED,")).count();
  }

  /** Asks for a person in the widget and lets the clinician take the conversation over. */
  private String handoffTakenOver() {
    try (Browser staff = Browser.start()) {
      StaffFixtures.ensureAccount(staff, StaffFixtures.CLINICIAN);
    }
    String conversation = askAsConsentedVisitor("Can I talk to a person?");
    HandoffDesk.take(conversation);
    return conversation;
  }

  private static List<String> staffTexts(SearchContext widget) {
    return widget.findElements(By.cssSelector("#messages li.message.staff .message-text")).stream()
        .map(WebElement::getText)
        .toList();
  }

  @SuppressWarnings("unchecked")
  private static List<String> resourceAddresses() {
    return (List<String>)
        ((JavascriptExecutor) browser.driver())
            .executeScript("return performance.getEntriesByType('resource').map(e => e.name)");
  }

  /**
   * Opens the widget, agrees, asks a question and returns the id of the conversation, which the
   * widget of {@link WidgetDriver#current()} shows.
   */
  private String askAsConsentedVisitor(String question) {
    SearchContext widget = widgets.openAtConsentNotice("");
    click(widget, "agree");
    widgets.ask(widget, question);
    return widgets.conversationId();
  }

  private static boolean mentionsContentSecurityPolicy(String message) {
    String lower = message.toLowerCase(Locale.ROOT);
    return lower.contains("content security policy") || lower.contains("content-security-policy");
  }
}

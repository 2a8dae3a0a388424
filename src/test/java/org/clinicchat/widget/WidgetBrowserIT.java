package org.clinicchat.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import org.clinicchat.testing.Browser;
import org.clinicchat.testing.Deployments;
import org.clinicchat.testing.StaffFixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;

/**
 * Drives the chat widget on the demo page in headless Chromium, the way a visitor uses it: open the
 * panel, read the privacy notice, agree or decline, ask a question and read the answer.
 */
@ExtendWith(ArquillianExtension.class)
class WidgetBrowserIT {

  private Browser browser;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.clinicChat();
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
  void agreedVisitorGetsTheOpeningHours() {
    SearchContext widget = openWidgetAtConsentNotice();

    click(widget, "agree");
    WebElement answer = ask(widget, "What are your hours?");

    assertTrue(
        answer.findElement(By.cssSelector(".message-text")).getText().contains("Monday to Friday"),
        answer.getText());
    assertEquals("hours", answer.getDomAttribute("data-topic"));
  }

  @Test
  void agreedVisitorSeesConsentedModeLine() {
    SearchContext widget = openWidgetAtConsentNotice();

    click(widget, "agree");
    browser.waitUntil(driver -> visible(widget, "message"));

    assertTrue(
        widget.findElement(By.cssSelector("#mode-line")).getText().contains("You agreed"),
        widget.findElement(By.cssSelector("#mode-line")).getText());
  }

  @Test
  void declinedVisitorGetsThePhoneNumber() {
    SearchContext widget = openWidgetAtConsentNotice();

    click(widget, "decline");
    WebElement answer = ask(widget, "What is your phone number?");

    assertTrue(
        answer.findElement(By.cssSelector(".message-text")).getText().contains("(555) 010-4477"),
        answer.getText());
    assertEquals("phone", answer.getDomAttribute("data-topic"));
  }

  /**
   * The server sends a strict Content Security Policy (no inline script or style), and the widget
   * must work under it: a violation shows up as a SEVERE console entry.
   */
  @Test
  void withdrawnConsentSwitchesToGeneralMode() {
    SearchContext widget = openWidgetAtConsentNotice();
    click(widget, "agree");
    ask(widget, "What are your hours?");

    click(widget, "revoke");
    browser.waitUntil(
        driver -> widget.findElement(By.cssSelector("#mode-line")).getText().contains("withdrew"));
    WebElement answer = ask(widget, "Where do I park?");

    assertEquals(
        "general", widget.findElement(By.cssSelector("#panel")).getDomAttribute("data-mode"));
    assertFalse(visible(widget, "revoke"));
    assertEquals("parking", answer.getDomAttribute("data-topic"));
  }

  @Test
  void widgetRunsUnderContentSecurityPolicy() {
    SearchContext widget = openWidgetAtConsentNotice();
    click(widget, "agree");
    ask(widget, "What are your hours?");

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
    SearchContext widget = openWidgetAtConsentNotice("es/");

    click(widget, "agree");
    WebElement answer = ask(widget, "What are your hours?");

    assertEquals("Enviar", widget.findElement(By.cssSelector("#send")).getText().trim());
    assertTrue(
        answer.findElement(By.cssSelector(".message-text")).getText().startsWith("Abrimos"),
        answer.getText());
  }

  @Test
  void staffReplyAppearsInWidget() {
    SearchContext widget = openWidgetAtConsentNotice();
    click(widget, "agree");
    ask(widget, "Can I talk to a person?");
    String conversation = currentConversationId();

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

  /** Returns the id of the widget's conversation, from the API call the page made. */
  private String currentConversationId() {
    Object id =
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name)"
                    + ".filter(n => n.includes('/api/conversations/')).pop()");
    String url = String.valueOf(id);
    int start = url.indexOf("/api/conversations/") + "/api/conversations/".length();
    return url.substring(start, url.indexOf('/', start));
  }

  private static boolean mentionsContentSecurityPolicy(String message) {
    String lower = message.toLowerCase(Locale.ROOT);
    return lower.contains("content security policy") || lower.contains("content-security-policy");
  }

  /**
   * Loads the demo page, opens the widget and waits until the privacy notice has loaded, and
   * returns the widget's shadow root.
   */
  private SearchContext openWidgetAtConsentNotice() {
    return openWidgetAtConsentNotice("");
  }

  private SearchContext openWidgetAtConsentNotice(String page) {
    browser.open(page);
    WebElement host = browser.waitUntil(driver -> driver.findElement(By.tagName("clinic-chat")));
    SearchContext widget = host.getShadowRoot();
    // The widget stays hidden until its stylesheet has loaded.
    browser.waitUntil(driver -> visible(widget, "launcher"));
    click(widget, "launcher");
    browser.waitUntil(driver -> visible(widget, "panel"));
    browser.waitUntil(
        driver -> !widget.findElements(By.cssSelector("#notice .notice-version")).isEmpty());
    return widget;
  }

  /** Types a question, sends it and returns the assistant's answer to it. */
  private WebElement ask(SearchContext widget, String question) {
    browser.waitUntil(driver -> visible(widget, "message"));
    int before = assistantMessages(widget).size();
    widget.findElement(By.cssSelector("#message")).sendKeys(question);
    click(widget, "send");
    return browser.waitUntil(
        driver -> {
          List<WebElement> answers = assistantMessages(widget);
          if (answers.size() > before) {
            return answers.getLast();
          }
          // An error from the server is shown in the alert: fail at once with its text.
          String error = widget.findElement(By.cssSelector("#error")).getText();
          if (!error.isBlank()) {
            throw new AssertionError("The widget showed an error: " + error);
          }
          return null;
        });
  }

  private static List<WebElement> assistantMessages(SearchContext widget) {
    return widget.findElements(By.cssSelector("#messages li.message.assistant"));
  }

  private static boolean visible(SearchContext widget, String id) {
    List<WebElement> found = widget.findElements(By.cssSelector("#" + id));
    return !found.isEmpty() && found.getFirst().isDisplayed();
  }

  private static void click(SearchContext widget, String id) {
    widget.findElement(By.cssSelector("#" + id)).click();
  }
}

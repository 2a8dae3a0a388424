package org.clinicchat.widget;

import static org.clinicchat.widget.WidgetDriver.click;
import static org.clinicchat.widget.WidgetDriver.visible;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.clinicchat.testing.Browser;
import org.clinicchat.testing.Deployments;
import org.clinicchat.testing.TestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;

/**
 * The widget's defences in headless Chromium: hostile patient messages stay text, the demo pages
 * load the widget under Subresource Integrity, and axe-core finds no serious or critical
 * accessibility violation in the consent notice or the chat. Also the rate limit on the anonymous
 * calls that the widget makes, which needs no browser but shares this class's server.
 */
@ExtendWith(ArquillianExtension.class)
class WidgetHardeningIT {

  /** The only elements the message list may contain: the message items and their text spans. */
  private static final List<String> MESSAGE_ELEMENTS = List.of("LI", "SPAN");

  private static final Pattern INTEGRITY =
      Pattern.compile("<script src=\"/widget/clinicchat\\.js\" integrity=\"([^\"]+)\"");

  private static final String HOURS_QUESTION = "{\"question\":\"What are your hours?\"}";
  private static final String CONSENT =
      "{\"noticeVersion\":\"2026-12-01\",\"purpose\":\"PATIENT_CHAT\"}";

  private static Browser browser;
  private static WidgetDriver widgets;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.clinicChat();
  }

  @BeforeAll
  static void startBrowser() {
    browser = Browser.start();
    widgets = new WidgetDriver(browser);
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
  }

  /**
   * The assistant stays silent once the second unanswered message in a row hands the conversation
   * to staff, so the test waits for each stored message rather than for an answer.
   */
  @Test
  void hostileMessagesStayText() {
    SearchContext widget = widgets.openAtConsentNotice("");
    click(widget, "agree");

    for (String payload : XssPayloads.ALL) {
      widgets.send(widget, payload);
    }

    assertEquals(XssPayloads.ALL, patientTexts(widget));
    assertEquals(MESSAGE_ELEMENTS, messageElementNames());
    assertEquals(0L, script("return document.body.querySelectorAll('img, svg, iframe').length"));
    assertThrows(NoAlertPresentException.class, () -> browser.driver().switchTo().alert());
  }

  /** A declined visitor's questions never reach storage, but the widget shows them too. */
  @Test
  void hostileQuestionsShownAsText() {
    SearchContext widget = widgets.openAtConsentNotice("");
    click(widget, "decline");
    List<String> some = XssPayloads.ALL.subList(0, 4);

    for (String payload : some) {
      widgets.send(widget, payload);
    }

    assertEquals(some, patientTexts(widget));
    assertEquals(MESSAGE_ELEMENTS, messageElementNames());
  }

  /** The one link the widget makes comes from an education answer's source field. */
  @Test
  void educationAnswerLinksItsSource() {
    SearchContext widget = widgets.openAtConsentNotice("");
    click(widget, "decline");

    WebElement answer = widgets.ask(widget, "What are the symptoms of rabies?");
    List<WebElement> links = answer.findElements(By.cssSelector("a"));

    assertEquals("education", answer.getDomAttribute("data-topic"));
    assertEquals(1, links.size());
    assertTrue(links.getFirst().getDomAttribute("href").startsWith("https://www.cdc.gov/"));
    assertEquals("noopener noreferrer", links.getFirst().getDomAttribute("rel"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "es/"})
  void integrityMatchesServedScript(String page) {
    String integrity = integrityOf(page);

    assertEquals("sha384-" + sha384(fetch("widget/clinicchat.js")), integrity);
  }

  @Test
  void integrityFilePublished() {
    String published = new String(fetch("widget/clinicchat.js.sri"), StandardCharsets.US_ASCII);

    assertEquals(integrityOf(""), published.strip());
  }

  @Test
  void browserLoadsScriptWithIntegrity() {
    // The browser is shared: drop what earlier tests left in the console.
    browser.consoleEntries();
    SearchContext widget = widgets.openAtConsentNotice("");

    assertTrue(visible(widget, "agree"));
    assertEquals(
        integrityOf(""), script("return document.querySelector('script[integrity]').integrity"));
    assertEquals(List.of(), integrityErrors());
  }

  /** A script whose bytes do not match its hash must not run. */
  @Test
  void browserBlocksScriptWithWrongHash() {
    browser.open("");
    String wrongHash = "sha384-" + sha384("not the widget".getBytes(StandardCharsets.US_ASCII));

    Object outcome =
        ((JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "const script = document.createElement('script');"
                    + "script.src = '/widget/clinicchat.js?tampered';"
                    + "script.integrity = arguments[0];"
                    + "script.crossOrigin = 'anonymous';"
                    + "script.onload = () => done('loaded');"
                    + "script.onerror = () => done('blocked');"
                    + "document.head.append(script);",
                wrongHash);

    assertEquals("blocked", outcome);
  }

  @Test
  void consentNoticeAccessible() {
    widgets.openAtConsentNotice("");

    assertEquals(List.of(), seriousViolations());
  }

  @Test
  void chatAccessible() {
    SearchContext widget = widgets.openAtConsentNotice("");
    click(widget, "agree");
    widgets.ask(widget, "What are your hours?");

    assertEquals(List.of(), seriousViolations());
  }

  @Test
  void recordsFormAccessible() {
    SearchContext widget = widgets.openAtConsentNotice("");
    click(widget, "agree");
    widgets.ask(widget, "What are your hours?");
    click(widget, "records-copy");

    assertEquals(List.of(), seriousViolations());
  }

  /** On a 360-pixel-wide phone the panel fills the screen and nothing needs sideways scrolling. */
  @Test
  void usableOnPhoneWidth() {
    ChromeDriver chrome = (ChromeDriver) browser.driver();
    chrome.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", true));
    try {
      SearchContext widget = widgets.openAtConsentNotice("");
      click(widget, "agree");
      widgets.ask(widget, "What are your hours?");

      Number panelWidth =
          (Number)
              script(
                  "return document.querySelector('clinic-chat').shadowRoot"
                      + ".getElementById('panel').getBoundingClientRect().width");
      Number overflow =
          (Number)
              script(
                  "const panel = document.querySelector('clinic-chat').shadowRoot"
                      + ".getElementById('panel');"
                      + "return panel.scrollWidth - panel.clientWidth");
      assertTrue(panelWidth.doubleValue() <= 360, "panel width " + panelWidth);
      assertEquals(0, overflow.intValue(), "sideways overflow in the panel");
      assertTrue(widget.findElement(By.cssSelector("#send")).isDisplayed(), "the send button");
    } finally {
      chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  @Test
  void slotChoicesAccessible() {
    SearchContext widget = widgets.openAtConsentNotice("");
    click(widget, "agree");
    widgets.ask(widget, "Can I book an appointment with Dr. Rivera next Tuesday?");

    assertEquals(List.of(), seriousViolations());
  }

  @Test
  void endedChatAccessible() {
    SearchContext widget = widgets.openAtConsentNotice("es/");
    click(widget, "agree");
    widgets.ask(widget, "What are your hours?");
    click(widget, "revoke");
    browser.waitUntil(driver -> visible(widget, "consent-info"));

    assertEquals(List.of(), seriousViolations());
  }

  /**
   * Sends general questions from a second loopback address until the limit returns 429. The bucket
   * refills continuously at the limit per minute while the calls run. So at most the limit, the
   * tokens refilled since the first call, and a margin of ten get through. On a busy machine the
   * calls are slow and the refill is large. Calls from 127.0.0.1 keep their own bucket, so the
   * other tests are not slowed.
   */
  @Test
  void anonymousCallsLimitedPerAddress() throws IOException, InterruptedException {
    int limit = Integer.getInteger("clinicchat.it.anonymous-requests");
    HttpResponse<String> rejected = null;
    int allowed = 0;
    long start = System.nanoTime();
    try (HttpClient other =
        HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.2")).build()) {
      while (rejected == null && allowed < limit + refilledSince(start, limit) + 10) {
        HttpResponse<String> response = post(other, "api/public-answers", HOURS_QUESTION);
        if (response.statusCode() == 429) {
          rejected = response;
        } else {
          allowed++;
        }
      }
      assertNotNull(rejected, allowed + " calls in a row were allowed");
      assertTrue(burst(other, "api/consents", CONSENT).contains(429), "consents share the bucket");
    }
    long retryAfter = Long.parseLong(rejected.headers().firstValue("Retry-After").orElse("0"));

    assertTrue(allowed >= limit, allowed + " calls allowed before the first 429");
    assertTrue(retryAfter >= 1, "Retry-After " + retryAfter);
    assertEquals(
        "application/problem+json", rejected.headers().firstValue("Content-Type").orElse(""));
    assertTrue(rejected.body().contains("\"status\":429"), rejected.body());
    try (HttpClient loopback = HttpClient.newHttpClient()) {
      assertEquals(200, post(loopback, "api/public-answers", HOURS_QUESTION).statusCode());
    }
  }

  /** Returns how many tokens a bucket of {@code perMinute} refilled since the nano time given. */
  private static int refilledSince(long startNanos, int perMinute) {
    return (int) ((System.nanoTime() - startNanos) * perMinute / TimeUnit.MINUTES.toNanos(1));
  }

  /**
   * Sends ten requests at once and returns their statuses. At once, because on a busy machine the
   * bucket may refill a token between two requests sent one after the other.
   */
  private static List<Integer> burst(HttpClient http, String path, String json) {
    HttpRequest request =
        HttpRequest.newBuilder(TestServer.uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    List<CompletableFuture<HttpResponse<Void>>> sent =
        IntStream.range(0, 10)
            .mapToObj(i -> http.sendAsync(request, HttpResponse.BodyHandlers.discarding()))
            .toList();
    return sent.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();
  }

  private static HttpResponse<String> post(HttpClient http, String path, String json)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(TestServer.uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static List<String> patientTexts(SearchContext widget) {
    return widget.findElements(By.cssSelector("#messages li.patient .message-text")).stream()
        .map(text -> text.getDomProperty("textContent"))
        .toList();
  }

  /** Returns the distinct tag names of all elements inside the widget's message list. */
  @SuppressWarnings("unchecked")
  private static List<String> messageElementNames() {
    return (List<String>)
        script(
            "const root = document.querySelector('clinic-chat').shadowRoot;"
                + "return [...new Set([...root.querySelectorAll('#messages *')]"
                + ".map(element => element.tagName))].sort();");
  }

  /**
   * Runs axe-core on the page, widget included, and returns the serious and critical violations,
   * one line each with the rule, the elements and what fails.
   */
  @SuppressWarnings("unchecked")
  private static List<String> seriousViolations() {
    JavascriptExecutor executor = (JavascriptExecutor) browser.driver();
    executor.executeScript(axeSource());
    return (List<String>)
        executor.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document).then(results => {"
                + "  const found = results.violations"
                + "    .filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + "    .flatMap(v => v.nodes.map(node => v.id + ' ' + JSON.stringify(node.target)"
                + "      + ': ' + node.failureSummary));"
                // axe names an element in a shadow root by a nested array of selectors.
                + "  const widgetChecked = results.passes.some(rule =>"
                + "    rule.nodes.some(node => Array.isArray(node.target[0])));"
                + "  done(widgetChecked ? found : found.concat(['axe checked nothing in the widget']));"
                + "}, error => done(['axe failed: ' + error]));");
  }

  private static String axeSource() {
    String resource = System.getProperty("clinicchat.it.axe-script");
    try (InputStream in = WidgetHardeningIT.class.getClassLoader().getResourceAsStream(resource)) {
      assertNotNull(in, "axe-core is not on the test class path at " + resource);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }

  private static List<String> integrityErrors() {
    return browser.consoleEntries().stream()
        .map(LogEntry::getMessage)
        .filter(message -> message.toLowerCase(Locale.ROOT).contains("integrity"))
        .toList();
  }

  private static Object script(String source) {
    return ((JavascriptExecutor) browser.driver()).executeScript(source);
  }

  /** Returns the integrity attribute of the widget's script tag on a demo page as served. */
  private static String integrityOf(String page) {
    String html = new String(fetch(page), StandardCharsets.UTF_8);
    Matcher match = INTEGRITY.matcher(html);
    assertTrue(match.find(), "no widget script tag with an integrity attribute on /" + page);
    return match.group(1);
  }

  private static byte[] fetch(String path) {
    HttpRequest request = HttpRequest.newBuilder(TestServer.uri(path)).GET().build();
    try (HttpClient http = HttpClient.newHttpClient()) {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, response.statusCode(), path);
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException("Request to /" + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while fetching /" + path, e);
    }
  }

  private static String sha384(byte[] bytes) {
    try {
      return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-384").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JDK has no SHA-384", e);
    }
  }
}

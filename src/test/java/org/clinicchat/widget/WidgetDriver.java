package org.clinicchat.widget;

import java.util.List;
import org.clinicchat.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;

/** Uses the chat widget on a demo page the way a visitor does, in one browser. */
final class WidgetDriver {

  private final Browser browser;

  WidgetDriver(Browser browser) {
    this.browser = browser;
  }

  /**
   * Loads a demo page ({@code ""} or {@code "es/"}), opens the widget and waits until the privacy
   * notice has loaded, and returns the widget's shadow root.
   */
  SearchContext openAtConsentNotice(String page) {
    browser.open(page);
    WebElement host = browser.waitUntil(driver -> driver.findElement(By.tagName("clinic-chat")));
    SearchContext widget = host.getShadowRoot();
    // The widget stays hidden until its stylesheet has loaded.
    browser.waitUntil(driver -> visible(widget, "launcher"));
    // The tab keeps an earlier test's session, which the widget would resume when it opens.
    ((JavascriptExecutor) browser.driver()).executeScript("sessionStorage.clear();");
    click(widget, "launcher");
    browser.waitUntil(driver -> visible(widget, "panel"));
    browser.waitUntil(
        driver -> !widget.findElements(By.cssSelector("#notice .notice-version")).isEmpty());
    return widget;
  }

  /**
   * Loads a demo page again in the same tab and opens the widget, without waiting for the notice,
   * and returns the widget's shadow root.
   */
  SearchContext reopen(String page) {
    browser.open(page);
    WebElement host = browser.waitUntil(driver -> driver.findElement(By.tagName("clinic-chat")));
    SearchContext widget = host.getShadowRoot();
    browser.waitUntil(driver -> visible(widget, "launcher"));
    click(widget, "launcher");
    browser.waitUntil(driver -> visible(widget, "panel"));
    return widget;
  }

  /** Returns the shadow root of the widget on the page open now. */
  SearchContext current() {
    return browser.driver().findElement(By.tagName("clinic-chat")).getShadowRoot();
  }

  /** Types a question, sends it and returns the assistant's answer to it. */
  WebElement ask(SearchContext widget, String question) {
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

  /** Types a message, sends it and waits until the widget shows it as sent. */
  void send(SearchContext widget, String text) {
    browser.waitUntil(driver -> visible(widget, "message"));
    int before = widget.findElements(By.cssSelector("#messages li.message.patient")).size();
    widget.findElement(By.cssSelector("#message")).sendKeys(text);
    click(widget, "send");
    browser.waitUntil(
        driver ->
            widget.findElements(By.cssSelector("#messages li.message.patient")).size() > before
                && widget
                    .findElement(By.cssSelector("#message"))
                    .getDomProperty("value")
                    .isEmpty());
  }

  /** Returns the id of the widget's conversation, from the API call the page made. */
  String conversationId() {
    Object id =
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name)"
                    + ".filter(n => n.includes('/api/conversations/')).pop()");
    String url = String.valueOf(id);
    int start = url.indexOf("/api/conversations/") + "/api/conversations/".length();
    return url.substring(start, url.indexOf('/', start));
  }

  static List<WebElement> assistantMessages(SearchContext widget) {
    return widget.findElements(By.cssSelector("#messages li.message.assistant"));
  }

  static boolean visible(SearchContext widget, String id) {
    List<WebElement> found = widget.findElements(By.cssSelector("#" + id));
    return !found.isEmpty() && found.getFirst().isDisplayed();
  }

  static void click(SearchContext widget, String id) {
    widget.findElement(By.cssSelector("#" + id)).click();
  }
}

package org.clinicchat.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.util.List;
import org.clinicchat.testing.Browser;
import org.clinicchat.testing.Deployments;
import org.clinicchat.testing.PatientClient;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The FAQ admin page in Chromium: an administrator publishes a new topic and synonyms as a new
 * version, patients get its answer at once, and a broken FAQ is rejected with a message. Each test
 * restores the version it started from, because later test classes expect the shipped FAQ.
 */
@ExtendWith(ArquillianExtension.class)
class FaqAdminIT {

  private static final String FLU_ANSWER = "Flu shots are given without an appointment, weekdays.";

  private final PatientClient patient = new PatientClient();
  private Browser browser;
  private String startVersion;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.clinicChat();
  }

  @BeforeAll
  static void createAccounts() {
    try (Browser setup = Browser.start()) {
      StaffFixtures.ensureAccount(setup, StaffFixtures.CLINICIAN);
    }
  }

  @BeforeEach
  void signInAsAdministrator() {
    browser = Browser.start();
    StaffFixtures.signedIn(browser, StaffFixtures.ADMINISTRATOR);
    openEditor();
    startVersion = text("faq-version");
  }

  @AfterEach
  void restoreStartVersion() {
    openEditor();
    if (!text("faq-version").equals(startVersion)) {
      WebElement restore =
          browser
              .driver()
              .findElement(
                  By.xpath(
                      "//table[@id='versions:history']//tr[td[1][normalize-space()='"
                          + startVersion
                          + "']]//input[@type='submit']"));
      StaffFixtures.submit(browser, restore);
    }
    browser.close();
  }

  @Test
  void publishedTopicAnswersPatients() {
    addTopic("flu-shots", "flu shot, flu vaccine", FLU_ANSWER);
    publish("Add flu shots");

    assertEquals(FLU_ANSWER, askAsPatient("Where can I get a flu shot?"));
  }

  @Test
  void publishingAddsVersionWithNote() {
    int before = Integer.parseInt(startVersion);
    addTopic("flu-shots", "flu shot", FLU_ANSWER);
    publish("Add flu shots");

    assertEquals(String.valueOf(before + 1), text("faq-version"), "new version answers");
    assertTrue(historyText().contains("Add flu shots"), "note in the history");
    assertTrue(
        historyText().contains(StaffFixtures.ADMINISTRATOR.username()), "author in the history");
  }

  @Test
  void synonymMatchesTopicPhrase() {
    addTopic("flu-shots", "flu shot", FLU_ANSWER);
    WebElement synonyms = browser.driver().findElement(By.id("faq:synonyms"));
    synonyms.sendKeys("\ninfluenza jab, flu shot");
    publish("Flu shot synonyms");

    assertEquals(FLU_ANSWER, askAsPatient("Do you give the influenza jab?"));
  }

  @Test
  void topicWithoutAnswerRejected() {
    addTopic("flu-shots", "flu shot", "");
    publish("Incomplete topic");

    assertTrue(
        messages().contains("Topic 'flu-shots' needs a name, at least one phrase and an English"),
        messages());
    assertEquals(startVersion, text("faq-version"), "nothing published");
  }

  @Test
  void clinicianForbidden() {
    StaffSession clinician =
        StaffSession.signedIn(
            StaffFixtures.CLINICIAN.username(), StaffFixtures.CLINICIAN.password());

    HttpResponse<String> response = clinician.get("admin/faq/index.xhtml");

    assertEquals(403, response.statusCode());
  }

  private void openEditor() {
    browser.open("admin/faq/index.xhtml");
    browser.waitUntil(page -> !page.findElements(By.id("faq-version")).isEmpty());
  }

  private void addTopic(String name, String phrases, String answer) {
    WebDriver driver = browser.driver();
    StaffFixtures.submit(browser, driver.findElement(By.id("faq:add-topic")));
    List<WebElement> names = driver.findElements(By.cssSelector("input[id$=':topic']"));
    String prefix = names.getLast().getAttribute("id").replaceFirst(":topic$", ":");
    driver.findElement(By.id(prefix + "topic")).sendKeys(name);
    driver.findElement(By.id(prefix + "english-phrases")).sendKeys(phrases);
    driver.findElement(By.id(prefix + "english-answer")).sendKeys(answer);
  }

  private void publish(String note) {
    WebDriver driver = browser.driver();
    driver.findElement(By.id("faq:note")).sendKeys(note);
    StaffFixtures.submit(browser, driver.findElement(By.id("faq:publish")));
  }

  private String askAsPatient(String question) {
    String body = Json.createObjectBuilder().add("question", question).build().toString();
    return patient.post("api/public-answers", null, body).json().getString("text");
  }

  private String text(String id) {
    return browser.driver().findElement(By.id(id)).getText().trim();
  }

  private String historyText() {
    return browser.driver().findElement(By.id("versions:history")).getText();
  }

  private String messages() {
    List<WebElement> messages = browser.driver().findElements(By.id("messages"));
    return messages.isEmpty() ? "" : messages.getFirst().getText();
  }
}

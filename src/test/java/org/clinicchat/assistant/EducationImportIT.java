package org.clinicchat.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.clinicchat.testing.Browser;
import org.clinicchat.testing.Deployments;
import org.clinicchat.testing.PatientClient;
import org.clinicchat.testing.StaffFixtures;
import org.clinicchat.testing.StaffSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The patient-education admin page in Chromium: an administrator re-imports the CDC slice of
 * MedQuAD, which the test server is configured with, and patients keep getting education answers.
 */
@ExtendWith(ArquillianExtension.class)
class EducationImportIT {

  private final PatientClient patient = new PatientClient();

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

  @Test
  void importRunsToEndAndAnswersStay() {
    try (Browser browser = Browser.start()) {
      StaffFixtures.signedIn(browser, StaffFixtures.ADMINISTRATOR);
      browser.open("admin/education/index.xhtml");
      WebDriver driver = browser.driver();
      StaffFixtures.submit(browser, driver.findElement(By.id("import:start")));

      String status = awaitEnd(browser);

      assertEquals("SUCCEEDED", status, driver.findElement(By.tagName("main")).getText());
      assertEquals("100", driver.findElement(By.id("percent")).getText().trim(), "every file");
      assertTrue(
          Integer.parseInt(driver.findElement(By.id("answers")).getText().trim()) > 0,
          "answers in the index");
    }
    JsonObject reply = ask("What are the symptoms of rabies?");
    assertEquals("education", reply.getString("topic"), reply::toString);
  }

  @Test
  void clinicianForbidden() {
    StaffSession clinician =
        StaffSession.signedIn(
            StaffFixtures.CLINICIAN.username(), StaffFixtures.CLINICIAN.password());

    HttpResponse<String> response = clinician.get("admin/education/index.xhtml");

    assertEquals(403, response.statusCode());
  }

  /**
   * Reloads the page until the import has ended, for at most two minutes, and returns its status.
   */
  private static String awaitEnd(Browser browser) {
    long deadline = System.nanoTime() + 120_000_000_000L;
    String status = "";
    while (System.nanoTime() < deadline) {
      browser.open("admin/education/index.xhtml");
      status = browser.driver().findElement(By.id("import-status")).getText().trim();
      if (!status.equals("RUNNING")) {
        return status;
      }
      sleepOneSecond();
    }
    return status;
  }

  private static void sleepOneSecond() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the import", e);
    }
  }

  private JsonObject ask(String question) {
    String body = Json.createObjectBuilder().add("question", question).build().toString();
    return patient.post("api/public-answers", null, body).json();
  }
}

package org.clinicchat.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
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
import org.openqa.selenium.WebElement;

/**
 * The schedule page in Chromium. An administrator publishes a closure as a new schedule version,
 * after which patients get no slots that day. A malformed line or an unknown provider is rejected
 * with a message, and the form keeps what was typed. Each test publishes the schedule it started
 * from again, because later test classes expect the demo clinic's hours.
 */
@ExtendWith(ArquillianExtension.class)
class ScheduleEditorIT {

  /** A Monday on which Dr. Rivera works in the demo schedule. */
  private static final String MONDAY = "2027-03-01";

  private final PatientClient patient = new PatientClient();
  private Browser browser;
  private String startHours;
  private String startClosures;
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
    startVersion = text("schedule-version");
    startHours = field("schedule:weekly-hours").getDomProperty("value");
    startClosures = field("schedule:closures").getDomProperty("value");
  }

  @AfterEach
  void publishStartSchedule() {
    openEditor();
    if (!text("schedule-version").equals(startVersion)) {
      replace("schedule:weekly-hours", startHours);
      replace("schedule:closures", startClosures);
      publish();
    }
    browser.close();
  }

  @Test
  void closureTakesDayOutOfSlots() {
    int before = Integer.parseInt(startVersion);
    assertTrue(riveraSlotsOn(MONDAY) > 0, "Dr. Rivera works on " + MONDAY);

    field("schedule:closures").sendKeys("\n" + MONDAY + " " + MONDAY + " rivera Training");
    publish();

    assertEquals(String.valueOf(before + 1), text("schedule-version"), "new version");
    assertTrue(messages().contains("Published schedule version " + (before + 1) + "."), messages());
    assertTrue(
        field("schedule:closures").getDomProperty("value").contains(MONDAY + " rivera Training"),
        "the closure is shown after publishing");
    assertEquals(0, riveraSlotsOn(MONDAY), "no slots on the closed day");
  }

  @Test
  void malformedLineRejected() {
    field("schedule:weekly-hours").sendKeys("\nrivera Funday 9-5");
    publish();

    assertTrue(
        messages().contains("is invalid: write it as provider DAY HH:MM-HH:MM."), messages());
    assertEquals(startVersion, text("schedule-version"), "nothing published");
    assertTrue(
        field("schedule:weekly-hours").getDomProperty("value").endsWith("rivera Funday 9-5"),
        "the form keeps what was typed");
  }

  @Test
  void unknownProviderRejected() {
    field("schedule:weekly-hours").sendKeys("\nhouse MONDAY 09:00-12:00");
    publish();

    assertTrue(messages().contains("The schedule names an unknown id: house"), messages());
    assertEquals(startVersion, text("schedule-version"), "nothing published");
  }

  @Test
  void closingBeforeOpeningRejected() {
    field("schedule:weekly-hours").sendKeys("\nchen TUESDAY 14:00-09:00");
    publish();

    assertTrue(
        messages()
            .contains("Weekly hours of chen need a day and an opening time before the closing."),
        messages());
    assertEquals(startVersion, text("schedule-version"), "nothing published");
  }

  @Test
  void clinicianForbidden() {
    StaffSession clinician =
        StaffSession.signedIn(
            StaffFixtures.CLINICIAN.username(), StaffFixtures.CLINICIAN.password());

    HttpResponse<String> response = clinician.get("admin/schedule/index.xhtml");

    assertEquals(403, response.statusCode());
  }

  private int riveraSlotsOn(String day) {
    PatientClient.Reply reply =
        patient.get(
            "api/appointments/slots?visitType=checkup&provider=rivera&when=" + day,
            patient.agree());
    assertEquals(200, reply.status(), reply.body());
    List<JsonObject> slots = reply.json().getJsonArray("slots").getValuesAs(JsonObject.class);
    return slots.size();
  }

  private void openEditor() {
    browser.open("admin/schedule/index.xhtml");
    browser.waitUntil(page -> !page.findElements(By.id("schedule-version")).isEmpty());
  }

  private void publish() {
    StaffFixtures.submit(browser, field("schedule:publish"));
  }

  private void replace(String id, String text) {
    WebElement element = field(id);
    element.clear();
    element.sendKeys(text);
  }

  private WebElement field(String id) {
    return browser.driver().findElement(By.id(id));
  }

  private String text(String id) {
    return browser.driver().findElement(By.id(id)).getText().trim();
  }

  private String messages() {
    List<WebElement> messages = browser.driver().findElements(By.id("messages"));
    return messages.isEmpty() ? "" : messages.getFirst().getText();
  }
}

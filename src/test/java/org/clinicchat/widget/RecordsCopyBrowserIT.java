package org.clinicchat.widget;

import static org.clinicchat.widget.WidgetDriver.click;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.clinicchat.appointment.Mailbox;
import org.clinicchat.testing.Browser;
import org.clinicchat.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A patient takes a copy of all their records from the widget in headless Chromium. They confirm
 * their identity with the emailed code, which a GreenMail server in the test's JVM receives on the
 * port the test instance sends mail to, and the browser saves the copy.
 */
@ExtendWith(ArquillianExtension.class)
class RecordsCopyBrowserIT {

  private static Browser browser;
  private static WidgetDriver widgets;
  private static Mailbox smtp;
  private static Path downloads;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.clinicChat();
  }

  @BeforeAll
  static void start() throws IOException {
    smtp = new Mailbox(Integer.parseInt(System.getenv("CLINICCHAT_MAIL_SMTP_PORT")));
    browser = Browser.start();
    widgets = new WidgetDriver(browser);
    downloads = Files.createTempDirectory("clinicchat-records-");
    // Headless Chromium saves downloads only into a folder set with this command.
    ((ChromeDriver) browser.driver())
        .executeCdpCommand(
            "Browser.setDownloadBehavior",
            Map.of("behavior", "allow", "downloadPath", downloads.toString()));
  }

  @AfterAll
  static void stop() throws IOException {
    browser.close();
    smtp.close();
    try (Stream<Path> files = Files.list(downloads)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    Files.delete(downloads);
  }

  @Test
  void verifiedPatientDownloadsRecords() throws IOException {
    String email = "widget-records-" + UUID.randomUUID() + "@example.org";
    SearchContext widget = widgets.openAtConsentNotice("");
    click(widget, "agree");
    widgets.ask(widget, "What are your hours?");

    click(widget, "records-copy");
    widget.findElement(By.cssSelector("#records-name")).sendKeys("Rosa Widget");
    widget.findElement(By.cssSelector("#records-birth-date")).sendKeys("1991-04-12");
    widget.findElement(By.cssSelector("#records-email")).sendKeys(email);
    click(widget, "records-send-code");
    browser.waitUntil(driver -> WidgetDriver.visible(widget, "records-code"));
    widget.findElement(By.cssSelector("#records-code")).sendKeys(smtp.codeSentTo(email));
    click(widget, "records-download-text");

    Path file = downloads.resolve("clinicchat-records.txt");
    browser.waitUntil(driver -> Files.exists(file));
    String copy = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(copy.contains("What are your hours?"), copy);
    assertTrue(copy.contains("Appointments"), copy);
  }
}

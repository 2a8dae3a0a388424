package org.clinicchat.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicchat.audit.chain.AuditRecord;
import org.clinicchat.audit.chain.AuditRecordJson;
import org.clinicchat.audit.chain.VerifyAuditExport;
import org.clinicchat.testing.Browser;
import org.clinicchat.testing.Deployments;
import org.clinicchat.testing.PatientClient;
import org.clinicchat.testing.PatientClient.Visitor;
import org.clinicchat.testing.StaffFixtures;
import org.clinicchat.testing.StaffFixtures.Account;
import org.clinicchat.testing.StaffSession;
import org.clinicchat.testing.TestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The auditor's side of the audit trail from outside the server: search, paging, exports, the chain
 * verification endpoint and page section, the offline verifier on a real export, and one event per
 * staff transcript view. Counts come from JSON Lines exports, which are themselves audited.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailPagesIT {

  private static final Account CLINICIAN = StaffFixtures.CLINICIAN;
  private static final Account AUDITOR = StaffFixtures.AUDITOR;
  private static final Pattern ACTION_CELL =
      Pattern.compile("<span class=\"action\">(\\w+)</span>");

  @TempDir Path folder;

  private final PatientClient patient = new PatientClient();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.clinicChat();
  }

  @BeforeAll
  static void createStaffAccounts() {
    try (Browser setup = Browser.start()) {
      StaffFixtures.ensureAccount(setup, CLINICIAN);
      StaffFixtures.ensureAccount(setup, AUDITOR);
    }
  }

  @Test
  void transcriptViewRecordsOneEvent() {
    String conversation = startConversation();
    StaffSession clinician = StaffSession.signedIn(CLINICIAN.username(), CLINICIAN.password());
    StaffSession auditor = auditor();
    String reads = "action=TRANSCRIPT_READ&resource=" + conversation;
    assertEquals(0, exportLines(auditor, reads).size(), "no staff view yet");

    assertEquals(200, clinician.get(transcriptPath(conversation)).statusCode());
    List<AuditRecord> afterOne = exportLines(auditor, reads);
    assertEquals(200, clinician.get(transcriptPath(conversation)).statusCode());
    List<AuditRecord> afterTwo = exportLines(auditor, reads);

    assertEquals(1, afterOne.size(), "one view, one event");
    assertEquals(2, afterTwo.size(), "two views, two events");
    AuditRecord event = afterOne.getFirst();
    assertEquals(CLINICIAN.username(), event.actor());
    assertEquals("CLINICIAN", event.actorRole());
    assertEquals("TREATMENT", event.purpose());
    assertEquals("SUCCESS", event.outcome());
    assertEquals("web", event.clientChannel());
    assertEquals("127.0.0.1", event.clientAddress(), "a staff member's address is recorded");
  }

  @Test
  void conversationListRecordsNoTranscriptRead() {
    String conversation = startConversation();
    StaffSession clinician = StaffSession.signedIn(CLINICIAN.username(), CLINICIAN.password());

    assertEquals(200, clinician.get("admin/conversations/index.xhtml").statusCode());

    assertEquals(
        List.of(), exportLines(auditor(), "action=TRANSCRIPT_READ&resource=" + conversation));
  }

  @Test
  void exportIsAudited() {
    StaffSession auditor = auditor();
    String exports = "action=AUDIT_TRAIL_EXPORTED&actor=" + AUDITOR.username();

    int before = exportLines(auditor, exports).size();
    int after = exportLines(auditor, exports).size();

    assertEquals(before + 1, after, "the first export is an event in the second");
  }

  @Test
  void csvExportHasHeaderAndRows() {
    String conversation = startConversation();

    HttpResponse<String> csv =
        auditor().get("admin/audit/export?format=csv&resource=" + conversation);

    assertEquals(200, csv.statusCode());
    assertEquals("text/csv;charset=UTF-8", csv.headers().firstValue("Content-Type").orElse(""));
    List<String> lines = csv.body().lines().toList();
    assertEquals(
        "sequence,occurredAt,actor,actorRole,action,resourceType,resourceId,purpose,outcome,"
            + "clientChannel,clientAddress,clientAgent,previousHash,eventHash,mac",
        lines.getFirst());
    assertEquals(3, lines.size(), "header, CONVERSATION_STARTED and MESSAGE_SENT");
    assertTrue(lines.get(1).contains(",CONVERSATION_STARTED,Conversation," + conversation + ","));
  }

  @Test
  void unknownFormatRejected() {
    assertEquals(400, auditor().get("admin/audit/export?format=xlsx").statusCode());
  }

  @Test
  void fullExportVerifiesOffline() throws IOException {
    startConversation();
    HttpResponse<String> export = auditor().get("admin/audit/export?format=jsonl");
    Path file = folder.resolve("audit.jsonl");
    Files.writeString(file, export.body());
    Properties settings = TestServer.settings();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    int status =
        VerifyAuditExport.run(
            List.of(
                "--keystore",
                settings.getProperty("clinicchat.audit.keystore"),
                "--mac-alias",
                settings.getProperty("clinicchat.audit.mac-key-alias"),
                file.toString()),
            Map.of(
                    VerifyAuditExport.PASSWORD_VARIABLE,
                    settings.getProperty("clinicchat.audit.keystore-password"))
                ::get,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(out, true, StandardCharsets.UTF_8));

    assertEquals(0, status, () -> out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void verificationEndpointReportsIntact() {
    HttpResponse<String> response = auditor().get("admin/audit/chain-verification");

    JsonObject body = Json.createReader(new StringReader(response.body())).readObject();
    assertEquals(200, response.statusCode(), response::body);
    assertTrue(body.getBoolean("intact"));
    assertTrue(body.getJsonNumber("headSequence").longValue() > 0);
  }

  @Test
  void clinicianForbiddenFromVerification() {
    StaffSession clinician = StaffSession.signedIn(CLINICIAN.username(), CLINICIAN.password());

    assertEquals(403, clinician.get("admin/audit/chain-verification").statusCode());
  }

  @Test
  void clinicianForbiddenFromExport() {
    StaffSession clinician = StaffSession.signedIn(CLINICIAN.username(), CLINICIAN.password());

    assertEquals(403, clinician.get("admin/audit/export?format=jsonl").statusCode());
  }

  @Test
  void anonymousVerificationRedirectsToLogin() {
    HttpResponse<String> response = StaffSession.anonymous().get("admin/audit/chain-verification");

    assertEquals(302, response.statusCode());
    assertEquals("/login.xhtml", StaffSession.redirectPath(response));
  }

  @Test
  void searchByActionShowsOnlyThatAction() {
    HttpResponse<String> page = auditor().get("admin/audit/index.xhtml?action=CONSENT_GRANTED");

    List<String> actions = actionsOn(page.body());
    assertEquals(200, page.statusCode());
    assertFalse(actions.isEmpty(), "the search found consents");
    assertEquals(List.of("CONSENT_GRANTED"), actions.stream().distinct().toList());
  }

  @Test
  void pagingShowsOlderEvents() {
    for (int i = 0; i < AuditEvents.PAGE_SIZE; i++) {
      patient.agree();
    }
    StaffSession auditor = auditor();

    String first = auditor.get("admin/audit/index.xhtml?action=CONSENT_GRANTED").body();
    String second = auditor.get("admin/audit/index.xhtml?action=CONSENT_GRANTED&page=1").body();

    assertTrue(first.contains("id=\"next-page\""), "the first page links to older events");
    assertTrue(second.contains("id=\"previous-page\""), "the second page links to newer events");
    assertEquals(AuditEvents.PAGE_SIZE, actionsOn(first).size());
    assertFalse(actionsOn(second).isEmpty());
  }

  @Test
  void pseudonymSearchFindsOnlyVisitor() {
    Visitor visitor = patient.consent();
    patient.startConversation(visitor.token());

    List<AuditRecord> events = exportLines(auditor(), "actor=" + visitor.pseudonym());

    assertEquals(
        List.of(visitor.pseudonym()), events.stream().map(AuditRecord::actor).distinct().toList());
  }

  @Test
  void pseudonymSearchFindsVisitorActions() {
    Visitor visitor = patient.consent();
    patient.startConversation(visitor.token());

    List<AuditRecord> events = exportLines(auditor(), "actor=" + visitor.pseudonym());

    assertEquals(List.of("CONSENT_GRANTED", "CONVERSATION_STARTED"), actionsOf(events));
  }

  @Test
  void timeRangeFromLeavesOutEarlier() {
    assertEquals(List.of("CONVERSATION_STARTED"), actionsSplitByTime("from"));
  }

  @Test
  void timeRangeToLeavesOutLater() {
    assertEquals(List.of("CONSENT_GRANTED"), actionsSplitByTime("to"));
  }

  @Test
  void invalidTimeShowsError() {
    String page = auditor().get("admin/audit/index.xhtml?from=yesterday").body();

    assertTrue(page.contains("From: enter a UTC date and time like 2026-12-04T09:30."));
  }

  @Test
  void auditorSearchesAndVerifiesInBrowser() {
    String conversation = startConversation();
    try (Browser browser = Browser.start()) {
      StaffFixtures.signedIn(browser, AUDITOR);
      WebDriver driver = browser.driver();
      browser.open("admin/audit/index.xhtml");

      driver.findElement(By.id("search-resource")).sendKeys(conversation);
      StaffFixtures.submit(browser, driver.findElement(By.id("search-submit")));
      List<String> rows =
          driver.findElements(By.cssSelector("#audit-events tbody tr")).stream()
              .map(WebElement::getText)
              .toList();
      driver.findElement(By.id("chain:verify")).click();
      WebElement result = browser.waitUntil(page -> page.findElement(By.id("chain-result")));

      assertEquals(2, rows.size(), () -> "rows for " + conversation + ": " + rows);
      assertTrue(rows.stream().allMatch(row -> row.contains(conversation)), rows::toString);
      assertTrue(result.getText().startsWith("Chain intact: "), result.getText());
    }
  }

  private StaffSession auditor() {
    return StaffSession.signedIn(AUDITOR.username(), AUDITOR.password());
  }

  private String startConversation() {
    String token = patient.agree();
    String conversation = patient.startConversation(token);
    PatientClient.Reply reply =
        patient.send(token, conversation, "Note " + UUID.randomUUID().toString().substring(0, 8));
    if (reply.status() != 201) {
      throw new IllegalStateException("Sending a patient message failed: " + reply);
    }
    return conversation;
  }

  private static String transcriptPath(String conversation) {
    return "admin/conversations/transcript.xhtml?id=" + conversation;
  }

  /** Exports the events that match a query string as JSON Lines and reads them back. */
  private static List<AuditRecord> exportLines(StaffSession session, String query) {
    HttpResponse<String> export = session.get("admin/audit/export?format=jsonl&" + query);
    if (export.statusCode() != 200) {
      throw new IllegalStateException("Export failed with status " + export.statusCode());
    }
    return export
        .body()
        .lines()
        .filter(line -> !line.isBlank())
        .map(AuditRecordJson::read)
        .toList();
  }

  /**
   * Records a new visitor's consent, then its conversation, and returns the visitor's actions that
   * a search with the time parameter set to a moment between the two finds.
   */
  private List<String> actionsSplitByTime(String timeParameter) {
    Visitor visitor = patient.consent();
    Instant between = Instant.now();
    patient.startConversation(visitor.token());

    return actionsOf(
        exportLines(
            auditor(), "actor=" + visitor.pseudonym() + "&" + timeParameter + "=" + between));
  }

  private static List<String> actionsOf(List<AuditRecord> events) {
    return events.stream().map(AuditRecord::action).toList();
  }

  private static List<String> actionsOn(String html) {
    Matcher matcher = ACTION_CELL.matcher(html);
    List<String> actions = new java.util.ArrayList<>();
    while (matcher.find()) {
      actions.add(matcher.group(1));
    }
    return actions;
  }
}

package org.clinicchat.selfassessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicchat.testing.Browser;
import org.clinicchat.testing.Deployments;
import org.clinicchat.testing.StaffFixtures;
import org.clinicchat.testing.StaffFixtures.Account;
import org.clinicchat.testing.StaffSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The security self-assessment and the access review records, through the pages as staff use them:
 * results of checks, restore tests and access reviews recorded on the pages, bad input, and the
 * audit events.
 */
@ExtendWith(ArquillianExtension.class)
class SelfAssessmentIT {

  private static final String PAGE = "admin/self-assessment/index.xhtml";
  private static final String REVIEW_PAGE = "admin/access-review/index.xhtml";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.clinicChat();
  }

  @BeforeAll
  static void createStaffAccounts() {
    try (Browser setup = Browser.start()) {
      StaffFixtures.ensureAccounts(
          setup, StaffFixtures.PRIVACY_OFFICER, StaffFixtures.AUDITOR, StaffFixtures.CLINICIAN);
    }
  }

  @Test
  void clinicianCannotOpenPage() {
    assertEquals(403, signIn(StaffFixtures.CLINICIAN).get(PAGE).statusCode());
  }

  @Test
  void tlsCheckPassesOverHttps() {
    assertEquals("pass", result(privacyOfficer().get(PAGE).body(), "tls"));
  }

  @Test
  void auditChainCheckPasses() {
    assertEquals("pass", result(privacyOfficer().get(PAGE).body(), "audit-chain"));
  }

  @Test
  void embeddedDatabaseJudgedByProduct() {
    String page = privacyOfficer().get(PAGE).body();
    String expected = page.contains("The data is stored in MariaDB") ? "pass" : "fail";

    assertEquals(expected, result(page, "database"));
  }

  @Test
  void recordedRestoreTestPasses() {
    String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();

    recordRestoreTest(yesterday, "Restored last night's dump and keystore on a test server.");

    assertEquals("pass", result(administrator().get(PAGE).body(), "restore-test"));
  }

  @Test
  void futureRestoreTestRejected() {
    String nextWeek = LocalDate.now(ZoneOffset.UTC).plusDays(7).toString();

    HttpResponse<String> page = recordRestoreTest(nextWeek, "Planned.");

    assertTrue(page.body().contains("is in the future"), page.body());
  }

  @Test
  void invalidRestoreDayRejected() {
    HttpResponse<String> page = recordRestoreTest("2026-02-30", "Restored the dump.");

    assertTrue(page.body().contains("is not a date"), page.body());
  }

  @Test
  void recordedAccessReviewPasses() {
    recordAccessReview("Disabled two dormant accounts.");

    assertEquals("pass", result(privacyOfficer().get(PAGE).body(), "access-review"));
  }

  @Test
  void blankAccessReviewFindingsRejected() {
    HttpResponse<String> page = recordAccessReview("  ");

    assertTrue(page.body().contains("Write the findings of the review"), page.body());
  }

  @Test
  void accessReviewListsLockouts() {
    assertTrue(
        privacyOfficer().get(REVIEW_PAGE).body().contains("Locked until (UTC)"),
        "the lock column is shown");
  }

  @Test
  void runsAndRecordsAreAudited() {
    recordAccessReview("No changes needed.");
    privacyOfficer().get(PAGE);

    String events = signIn(StaffFixtures.AUDITOR).get("admin/audit/export?format=csv").body();
    for (String action : new String[] {"SELF_ASSESSMENT_RUN", "ACCESS_REVIEW_RECORDED"}) {
      assertTrue(events.contains("," + action + ","), action);
    }
  }

  /** Returns "pass" or "fail" as the page shows it for a check, or "missing". */
  private static String result(String page, String checkId) {
    Matcher result =
        Pattern.compile("data-check=\"" + checkId + "\"[^>]*>(pass|fail)<").matcher(page);
    return result.find() ? result.group(1) : "missing";
  }

  private static HttpResponse<String> recordRestoreTest(String testedOn, String note) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("restore:tested-on", testedOn);
    form.put("restore:note", note);
    form.put("restore:record-test", "Record the restore test");
    return administrator().submit(PAGE, "restore", form);
  }

  private static HttpResponse<String> recordAccessReview(String findings) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("record:findings", findings);
    form.put("record:record-review", "Record the review");
    return privacyOfficer().submit(REVIEW_PAGE, "record", form);
  }

  private static StaffSession administrator() {
    return StaffFixtures.administrator();
  }

  private static StaffSession privacyOfficer() {
    return signIn(StaffFixtures.PRIVACY_OFFICER);
  }

  private static StaffSession signIn(Account account) {
    return StaffSession.signedIn(account.username(), account.password());
  }
}

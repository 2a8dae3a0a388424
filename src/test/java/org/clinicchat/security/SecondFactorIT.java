package org.clinicchat.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clinicchat.testing.Authenticators;
import org.clinicchat.testing.Browser;
import org.clinicchat.testing.Deployments;
import org.clinicchat.testing.StaffFixtures;
import org.clinicchat.testing.StaffFixtures.Account;
import org.clinicchat.testing.StaffSession;
import org.clinicchat.testing.TotpCodes;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Two-step staff sign-in attacked over HTTP: replayed, stale and early codes, reused recovery
 * codes, a session that has passed only the password, and a session id fixed before sign-in. Each
 * test creates and enrols an account of its own, so failed codes of one test lock out no other.
 */
@ExtendWith(ArquillianExtension.class)
class SecondFactorIT {

  private static final String CODE_PAGE = "/sign-in-code.xhtml";
  private static final String LOGIN_PAGE = "/login.xhtml";
  private static final int MAX_FAILURES = 5;

  /** Accounts made for the tests, one per test, so no two tests share failed codes. */
  private static final Deque<Account> UNUSED = new ArrayDeque<>();

  /** A browser signed in as the administrator for the whole class, to spare repeated sign-ins. */
  private static Browser administrator;

  private Account target;
  private StaffSession enrolled;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.clinicChat();
  }

  /** Creates one account per test method on the staff page, in one administrator session. */
  @BeforeAll
  static void createAccounts() {
    administrator = Browser.start();
    StaffFixtures.ensureAdministrator(administrator);
    StaffFixtures.signedIn(administrator, StaffFixtures.ADMINISTRATOR);
    long tests =
        Arrays.stream(SecondFactorIT.class.getDeclaredMethods())
            .filter(method -> method.isAnnotationPresent(Test.class))
            .count();
    for (int i = 0; i < tests; i++) {
      String name = "mfa-" + UUID.randomUUID().toString().substring(0, 8);
      Account account = new Account(name, "second factor target phrase 7", "CLINICIAN");
      administrator.open("admin/staff/index.xhtml");
      StaffFixtures.createAccount(administrator, account);
      UNUSED.add(account);
    }
  }

  @AfterAll
  static void closeBrowser() {
    administrator.close();
  }

  @BeforeEach
  void enrolTarget() {
    target = UNUSED.pop();
    enrolled = StaffSession.signIn(target.username(), target.password());
  }

  @Test
  void enrolmentHandsOutTenRecoveryCodes() {
    assertEquals(10, enrolled.recoveryCodes().size());
  }

  @Test
  void replayedCodeRejected() {
    String code = Authenticators.nextCode(target.username());
    StaffSession first = passwordOnly();
    assertEquals("/admin/index.xhtml", StaffSession.redirectPath(first.codeStep(code)));

    StaffSession replay = passwordOnly();
    HttpResponse<String> response = replay.codeStep(code);

    assertEquals(CODE_PAGE, StaffSession.redirectPath(response));
  }

  @Test
  void codeTwoStepsAheadRejected() {
    long step = stepAwayFromBoundary();
    StaffSession session = passwordOnly();

    HttpResponse<String> response = session.codeStep(codeFor(step + 2));

    assertEquals(CODE_PAGE, StaffSession.redirectPath(response));
  }

  @Test
  void codeTwoStepsBehindRejected() {
    long step = stepAwayFromBoundary();
    StaffSession session = passwordOnly();

    HttpResponse<String> response = session.codeStep(codeFor(step - 2));

    assertEquals(CODE_PAGE, StaffSession.redirectPath(response));
  }

  @Test
  void codeOneStepAheadAccepted() {
    long step = stepAwayFromBoundary();
    StaffSession session = passwordOnly();

    HttpResponse<String> response = session.codeStep(codeFor(step + 1));

    assertEquals("/admin/index.xhtml", StaffSession.redirectPath(response));
  }

  @Test
  void recoveryCodeWorksOnce() {
    String recovery = enrolled.recoveryCodes().getFirst();
    StaffSession first = passwordOnly();
    assertEquals("/admin/index.xhtml", StaffSession.redirectPath(first.codeStep(recovery)));

    StaffSession second = passwordOnly();
    HttpResponse<String> response = second.codeStep(recovery);

    assertEquals(CODE_PAGE, StaffSession.redirectPath(response));
  }

  @Test
  void passwordAloneGetsNoStaffPage() {
    StaffSession session = passwordOnly();

    HttpResponse<String> response = session.get("admin/index.xhtml");

    assertEquals(302, response.statusCode());
    assertEquals(LOGIN_PAGE, StaffSession.redirectPath(response));
  }

  @Test
  void passwordAloneGetsNoAuditExport() {
    StaffSession session = passwordOnly();

    HttpResponse<String> response = session.get("admin/audit/chain-verification");

    assertEquals(LOGIN_PAGE, StaffSession.redirectPath(response));
  }

  @Test
  void sessionCookieFromBeforeSignInFailsAfter() {
    StaffSession victim = StaffSession.anonymous();
    victim.get("admin/index.xhtml");
    String fixed = victim.sessionCookie();
    victim.signInAs(target.username(), target.password());

    HttpResponse<String> response = StaffSession.withSessionCookie(fixed).get("admin/index.xhtml");

    assertEquals(LOGIN_PAGE, StaffSession.redirectPath(response));
  }

  @Test
  void sessionCookieAfterSignInWorks() {
    String current = enrolled.sessionCookie();

    HttpResponse<String> response =
        StaffSession.withSessionCookie(current).get("admin/index.xhtml");

    assertEquals(200, response.statusCode());
  }

  @Test
  void signInIssuesNewSessionId() {
    StaffSession session = StaffSession.anonymous();
    session.get("admin/index.xhtml");
    String before = session.sessionCookie();

    session.signInAs(target.username(), target.password());

    assertNotEquals(before, session.sessionCookie());
  }

  @Test
  void sessionCookieIsSecureHttpOnlyStrict() {
    HttpResponse<String> response = StaffSession.anonymous().get("admin/index.xhtml");
    String cookie =
        response.headers().allValues("Set-Cookie").stream()
            .filter(header -> header.startsWith(StaffSession.SESSION_COOKIE + "="))
            .findFirst()
            .orElse("");

    assertTrue(cookie.contains("Secure"), cookie);
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.contains("SameSite=Strict"), cookie);
    assertFalse(
        response.headers().firstValue("Location").orElse("").contains("jsessionid"),
        "no session id in the redirect URL");
  }

  @Test
  void failedCodesLockTheAccount() {
    for (int i = 0; i < MAX_FAILURES; i++) {
      passwordOnly().codeStep("000000".equals(currentCode()) ? "111111" : "000000");
    }

    assertThrows(
        IllegalStateException.class,
        () -> StaffSession.signIn(target.username(), target.password()),
        "the correct password and code are rejected while the account is locked");
  }

  @Test
  void signOutEndsEverySessionOfTheUser() {
    StaffSession other = StaffSession.signIn(target.username(), target.password());

    enrolled.post("logout", Map.of());

    assertEquals(LOGIN_PAGE, StaffSession.redirectPath(other.get("admin/index.xhtml")));
  }

  @Test
  void disablingEndsSessions() {
    administrator.open("admin/staff/index.xhtml");
    String row = "//tr[td[normalize-space(.)='" + target.username() + "']]";
    administrator
        .driver()
        .findElement(By.xpath(row + "//input[contains(@class,'disable')]"))
        .click();
    administrator.waitUntil(driver -> driver.getPageSource().contains("disabled."));

    assertEquals(LOGIN_PAGE, StaffSession.redirectPath(enrolled.get("admin/index.xhtml")));
  }

  @Test
  void administratorResetForcesEnrolment() {
    administrator.open("admin/staff/index.xhtml");
    String row = "//tr[td[normalize-space(.)='" + target.username() + "']]";
    administrator
        .driver()
        .findElement(By.xpath(row + "//input[contains(@class,'reset-mfa')]"))
        .click();
    administrator.waitUntil(driver -> driver.getPageSource().contains("enrols again"));

    HttpResponse<String> response =
        StaffSession.anonymous().passwordStep(target.username(), target.password());

    assertEquals("/sign-in-enrol.xhtml", StaffSession.redirectPath(response));
  }

  @Test
  void commonPasswordRejectedOnStaffPage() {
    administrator.open("admin/staff/index.xhtml");
    Account weak =
        new Account(
            "weak-" + UUID.randomUUID().toString().substring(0, 8), "password1234", "AUDITOR");

    String message = StaffFixtures.createAccount(administrator, weak);

    assertTrue(message.contains("lists of common and breached passwords"), message);
  }

  @Test
  void mfaEventsAudited() {
    passwordOnly().codeStep("000000".equals(currentCode()) ? "111111" : "000000");

    administrator.open("admin/audit/index.xhtml?actor=" + target.username());
    List<String> rows =
        administrator.driver().findElements(By.cssSelector("#audit-events tbody tr")).stream()
            .map(WebElement::getText)
            .toList();

    assertTrue(rows.stream().anyMatch(row -> row.contains("MFA_ENROLLED")), rows::toString);
    assertTrue(rows.stream().anyMatch(row -> row.contains("MFA_FAILED")), rows::toString);
    String failures =
        StaffFixtures.administrator()
            .get("admin/audit/export?format=jsonl&action=MFA_FAILED&actor=" + target.username())
            .body();
    assertTrue(failures.contains("\"clientAddress\":\"127.0.0.1\""), failures);
  }

  /** Returns a new session that has passed the password step only. */
  private StaffSession passwordOnly() {
    StaffSession session = StaffSession.anonymous();
    session.get("admin/index.xhtml");
    HttpResponse<String> response = session.passwordStep(target.username(), target.password());
    assertEquals(CODE_PAGE, StaffSession.redirectPath(response), "password step");
    return session;
  }

  private String codeFor(long step) {
    return TotpCodes.code(Authenticators.secret(target.username()), step);
  }

  private String currentCode() {
    return codeFor(TotpCodes.timeStep(Instant.now()));
  }

  /**
   * Returns the current time step, first waiting for the next one if this one ends within five
   * seconds, so that the server computes the same step as the test.
   */
  private static long stepAwayFromBoundary() {
    long now = Instant.now().getEpochSecond();
    long left = TotpCodes.STEP_SECONDS - now % TotpCodes.STEP_SECONDS;
    if (left <= 5) {
      try {
        Thread.sleep((left + 1) * 1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for the next TOTP step", e);
      }
    }
    return TotpCodes.timeStep(Instant.now());
  }
}

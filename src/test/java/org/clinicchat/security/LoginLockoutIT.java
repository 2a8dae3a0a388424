package org.clinicchat.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.clinicchat.testing.Browser;
import org.clinicchat.testing.Deployments;
import org.clinicchat.testing.StaffFixtures;
import org.clinicchat.testing.StaffFixtures.Account;
import org.clinicchat.testing.StaffSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** Staff login lockout, attacked over HTTP the way a password-guessing script would. */
@ExtendWith(ArquillianExtension.class)
class LoginLockoutIT {

  private static final int MAX_FAILURES = 5;

  private Browser browser;
  private Account target;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.clinicChat();
  }

  @BeforeEach
  void createTarget() {
    browser = Browser.start();
    StaffFixtures.ensureAdministrator(browser);
    String name = "lockout-" + UUID.randomUUID().toString().substring(0, 8);
    target = new Account(name, "a long enough password 7", "CLINICIAN");
    StaffFixtures.ensureAccount(browser, target);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void fiveFailuresLockTheAccount() {
    failLogins(target.username(), MAX_FAILURES);

    assertThrows(
        IllegalStateException.class,
        () -> StaffSession.signIn(target.username(), target.password()),
        "the correct password is rejected while the account is locked");
  }

  @Test
  void fewerFailuresDoNotLock() {
    failLogins(target.username(), MAX_FAILURES - 1);

    StaffSession session = StaffSession.signIn(target.username(), target.password());

    assertEquals(200, session.get("admin/index.xhtml").statusCode());
  }

  @Test
  void lockedAndUnknownLookAlike() {
    failLogins(target.username(), MAX_FAILURES);

    String locked = failedLoginPath(target.username(), target.password());
    String unknown = failedLoginPath("nobody-" + UUID.randomUUID(), "whatever password 1");

    assertEquals(unknown, locked);
  }

  @Test
  void administratorUnlocks() {
    failLogins(target.username(), MAX_FAILURES);

    StaffFixtures.signedIn(browser, StaffFixtures.ADMINISTRATOR);
    browser.open("admin/staff/index.xhtml");
    String row = "//tr[td[normalize-space(.)='" + target.username() + "']]";
    browser.driver().findElement(By.xpath(row + "//input[contains(@class,'unlock')]")).click();
    browser.waitUntil(driver -> driver.getPageSource().contains("unlocked"));

    StaffSession session = StaffSession.signIn(target.username(), target.password());
    assertEquals(200, session.get("admin/index.xhtml").statusCode());
  }

  @Test
  void lockoutIsAudited() {
    failLogins(target.username(), MAX_FAILURES);

    StaffSession auditor = StaffFixtures.administrator();
    String page = auditor.get("admin/audit/index.xhtml").body();

    assertTrue(page.contains("ACCOUNT_LOCKED"), "the audit trail shows the lockout");
    assertTrue(page.contains("LOGIN_FAILED"), "the audit trail shows the failed logins");
  }

  private static void failLogins(String username, int count) {
    for (int i = 0; i < count; i++) {
      failedLoginPath(username, "wrong password number " + i);
    }
  }

  /** Tries a login and returns the path the server redirects to. */
  private static String failedLoginPath(String username, String password) {
    StaffSession session = StaffSession.anonymous();
    session.get("admin/index.xhtml");
    HttpResponse<String> response =
        session.post("j_security_check", Map.of("j_username", username, "j_password", password));
    return StaffSession.redirectPath(response);
  }
}

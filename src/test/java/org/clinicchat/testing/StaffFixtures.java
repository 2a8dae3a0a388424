package org.clinicchat.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/**
 * Staff accounts for the integration tests, and the browser steps that create them on the staff
 * pages. The test instance keeps its database in target/it-data between test classes and between
 * runs, so each method first checks what exists: any test class may run first.
 */
public final class StaffFixtures {

  /** The first administrator, created on the setup page with the setup code. */
  public static final Account ADMINISTRATOR =
      new Account("it-admin", "correct horse battery staple 42", "ADMIN");

  /** A clinician, who reads conversations but not the audit trail. */
  public static final Account CLINICIAN =
      new Account("it-clinician", "clinician reads transcripts 42", "CLINICIAN");

  /** An auditor, who reads the audit trail but not conversations. */
  public static final Account AUDITOR =
      new Account("it-auditor", "auditor reads the trail 42", "AUDITOR");

  /**
   * A privacy officer, who reviews staff access, records disclosures and acknowledges alerts, but
   * reads no conversation.
   */
  public static final Account PRIVACY_OFFICER =
      new Account("it-privacy", "privacy officer reviews access 42", "PRIVACY_OFFICER");

  /** A front-desk clerk, who reads no conversation without break-glass emergency access. */
  public static final Account FRONT_DESK =
      new Account("it-front-desk", "front desk books visits 42", "FRONT_DESK");

  private StaffFixtures() {}

  /** A staff login with the one role it is created with. */
  public record Account(String username, String password, String role) {}

  /**
   * Creates {@link #ADMINISTRATOR} on the setup page unless setup is already closed, which means an
   * earlier test class or run created it.
   *
   * @throws IllegalStateException if the setup page rejects the setup code or the account
   */
  public static void ensureAdministrator(Browser browser) {
    // The HTTPS port can open a little after the deployment on a busy machine. Chromium does not
    // retry a refused connection, but StaffSession does.
    StaffSession.anonymous().get("setup.xhtml");
    openSetupPage(browser);
    WebDriver driver = browser.driver();
    if (!isPresent(driver, "setup")) {
      return;
    }

    driver.findElement(By.id("setup:code")).sendKeys(readSetupCode());
    driver.findElement(By.id("setup:username")).sendKeys(ADMINISTRATOR.username());
    driver.findElement(By.id("setup:password")).sendKeys(ADMINISTRATOR.password());
    driver.findElement(By.id("setup:confirm")).sendKeys(ADMINISTRATOR.password());
    submit(browser, driver.findElement(By.id("setup:create")));

    if (!isPresent(driver, "setup-done")) {
      throw new IllegalStateException(
          "The setup page did not create " + ADMINISTRATOR.username() + ": " + bodyText(driver));
    }
  }

  /**
   * Opens the setup page and waits for its form or its closed notice, opening it a second time if
   * neither shows. Such a page was seen once, probably while a test instance's HTTPS port was
   * closed.
   *
   * @throws IllegalStateException with the address and text of the page if the second try fails too
   */
  private static void openSetupPage(Browser browser) {
    if (showsSetupPage(browser) || showsSetupPage(browser)) {
      return;
    }
    WebDriver driver = browser.driver();
    throw new IllegalStateException(
        "The setup page at "
            + driver.getCurrentUrl()
            + " showed neither its form nor its closed notice: "
            + bodyText(driver));
  }

  private static boolean showsSetupPage(Browser browser) {
    browser.open("setup.xhtml");
    try {
      browser.waitUntil(page -> isPresent(page, "setup-closed") || isPresent(page, "setup"));
      return true;
    } catch (TimeoutException e) {
      return false;
    }
  }

  /**
   * Creates an account with its role on the staff accounts page, signed in as the administrator,
   * unless the accounts page already lists it. Leaves the browser without a staff session.
   */
  public static void ensureAccount(Browser browser, Account account) {
    ensureAccounts(browser, account);
  }

  /**
   * Creates the accounts that do not exist yet like {@link #ensureAccount}. The check reads the
   * accounts page in the administrator's kept HTTP session, so existing accounts cost no sign-in.
   */
  public static void ensureAccounts(Browser browser, Account... accounts) {
    ensureAdministrator(browser);
    List<Account> missing = Arrays.stream(accounts).filter(account -> !isListed(account)).toList();
    if (missing.isEmpty()) {
      return;
    }
    signedIn(browser, ADMINISTRATOR);
    for (Account account : missing) {
      // A fresh form for each account: the page keeps the roles ticked for the previous one.
      browser.open("admin/staff/index.xhtml");
      String message = createAccount(browser, account);
      if (!listedUsernames(browser.driver()).contains(account.username())) {
        throw new IllegalStateException(
            "The staff page did not create " + account.username() + ": " + message);
      }
    }
    forgetSession(browser);
  }

  private static boolean isListed(Account account) {
    String page = administrator().get("admin/staff/index.xhtml").body();
    return Pattern.compile("<td>\\s*" + Pattern.quote(account.username()) + "\\s*</td>")
        .matcher(page)
        .find();
  }

  /** Returns the administrator's kept HTTP session. */
  public static StaffSession administrator() {
    return StaffSession.signedIn(ADMINISTRATOR.username(), ADMINISTRATOR.password());
  }

  /**
   * Gives the browser the account's session from {@link StaffSession#signedIn}, so a test that is
   * not about sign-in skips the wait for a new TOTP code. Signing out in the browser ends it too.
   */
  public static void signedIn(Browser browser, Account account) {
    StaffSession session = StaffSession.signedIn(account.username(), account.password());
    forgetSession(browser);
    browser
        .driver()
        .manage()
        .addCookie(
            new Cookie.Builder(StaffSession.SESSION_COOKIE, session.sessionCookie())
                .path("/")
                .isSecure(true)
                .isHttpOnly(true)
                .sameSite("Strict")
                .build());
  }

  /** Deletes the browser's cookies without signing out, so a shared session stays valid. */
  public static void forgetSession(Browser browser) {
    browser.open("index.html");
    browser.driver().manage().deleteAllCookies();
  }

  /**
   * Fills in and submits the new-account form on the open staff accounts page, and returns the text
   * of the page's messages.
   */
  public static String createAccount(Browser browser, Account account) {
    WebDriver driver = browser.driver();
    driver.findElement(By.id("staff:username")).sendKeys(account.username());
    driver.findElement(By.id("staff:password")).sendKeys(account.password());
    driver
        .findElement(By.cssSelector("input[name='staff:roles'][value='" + account.role() + "']"))
        .click();
    submit(browser, driver.findElement(By.id("staff:create")));
    List<WebElement> messages = driver.findElements(By.id("messages"));
    return messages.isEmpty() ? "" : messages.getFirst().getText();
  }

  /** Returns the user names in the accounts table of the open staff accounts page. */
  public static List<String> listedUsernames(WebDriver driver) {
    return driver.findElements(By.cssSelector("#accounts tbody tr td:first-child")).stream()
        .map(cell -> cell.getText().trim())
        .toList();
  }

  /**
   * Drops any staff session cookie from the browser, then signs in the way a person does: opens the
   * staff home page, which redirects to the login page, submits the password, and then either sets
   * up two-step sign-in on the enrolment page (reading the key shown as text, on the account's
   * first sign-in) or enters the next code from {@link Authenticators}.
   *
   * @throws IllegalStateException if the login page or the code page shows its error
   */
  public static void signIn(Browser browser, Account account) {
    forgetSession(browser);
    browser.open("admin/index.xhtml");
    WebDriver driver = browser.driver();
    browser.waitUntil(page -> isPresent(page, "username"));
    driver.findElement(By.id("username")).sendKeys(account.username());
    driver.findElement(By.id("password")).sendKeys(account.password());
    submit(browser, driver.findElement(By.id("sign-in")));
    if (isPresent(driver, "login-error")) {
      throw new IllegalStateException(
          "Sign-in failed for "
              + account.username()
              + ". An account from an older run may have another password: delete target/it-data.");
    }
    if (isPresent(driver, "totp-secret")) {
      enrol(browser, account);
    } else {
      driver.findElement(By.id("code")).sendKeys(Authenticators.nextCode(account.username()));
      submit(browser, driver.findElement(By.id("verify")));
    }
    if (isPresent(driver, "code-error") || isPresent(driver, "username")) {
      throw new IllegalStateException(
          "The sign-in code was rejected for " + account.username() + ": " + bodyText(driver));
    }
    if (isPresent(driver, "policy-due")) {
      acknowledgePolicy(browser);
    }
  }

  /**
   * Acknowledges the current privacy policy on its page, as every test account does at sign-in when
   * it is due, so that tests not about the policy reach the PHI pages. Ends on the staff home.
   */
  public static void acknowledgePolicy(Browser browser) {
    browser.open("admin/policy-acknowledgement.xhtml");
    submit(browser, browser.driver().findElement(By.id("acknowledge:accept")));
  }

  /** Confirms the key on the open enrolment page with its current code. */
  private static void enrol(Browser browser, Account account) {
    WebDriver driver = browser.driver();
    String secret = driver.findElement(By.id("totp-secret")).getText().replace(" ", "");
    long step = TotpCodes.timeStep(Instant.now());
    driver.findElement(By.id("code")).sendKeys(TotpCodes.code(secret, step));
    submit(browser, driver.findElement(By.id("enrol")));
    if (isPresent(driver, "recovery-codes")) {
      Authenticators.enrolled(account.username(), secret, step);
    }
  }

  /**
   * Ends any staff session in the browser with the sign-out button of the staff pages. Without a
   * session, the staff home redirects to the login page, which has no such button.
   */
  public static void signOut(Browser browser) {
    browser.open("admin/index.xhtml");
    List<WebElement> buttons = browser.driver().findElements(By.id("sign-out"));
    if (!buttons.isEmpty()) {
      submit(browser, buttons.get(0));
    }
  }

  /** Clicks a button that submits a form, and waits until the next page has replaced this one. */
  public static void submit(Browser browser, WebElement button) {
    button.click();
    browser.waitUntil(page -> isReplaced(button));
  }

  private static boolean isReplaced(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    } catch (WebDriverException e) {
      // Chromium 156 sometimes reports an element of the replaced page as this inspector error
      // instead of a stale element.
      String message = e.getMessage();
      return message != null && message.contains("does not belong to the document");
    }
  }

  private static String readSetupCode() {
    Path file = TestServer.dataFolder().resolve("setup-code.txt");
    try {
      return Files.readString(file).trim();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Setup is open but the setup code file " + file + " cannot be read", e);
    }
  }

  private static boolean isPresent(WebDriver driver, String id) {
    return !driver.findElements(By.id(id)).isEmpty();
  }

  private static String bodyText(WebDriver driver) {
    return driver.findElement(By.tagName("body")).getText();
  }
}

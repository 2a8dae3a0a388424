package org.clinicchat.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven by Debian's ChromeDriver, with a fresh profile that is deleted
 * on {@link #close()}.
 *
 * <p>Both executables are named explicitly, so Selenium Manager never looks for or downloads a
 * browser or a driver. The browser reaches nothing but the test instance on 127.0.0.1, because
 * background networking is off and every host but 127.0.0.1 fails to resolve.
 */
public final class Browser implements AutoCloseable {

  /** Debian's package {@code chromium}. */
  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  /** Debian's package {@code chromium-driver}, built for the same Chromium version. */
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /** How long a test waits for the page to reach an expected state. */
  public static final Duration WAIT = Duration.ofSeconds(30);

  /** The alias of the test instance's TLS key in its keystore. */
  private static final String TLS_ALIAS = "clinicchat-tls";

  private final Path profile;
  private final ChromeDriver driver;

  private Browser(Path profile, ChromeDriver driver) {
    this.profile = profile;
    this.driver = driver;
  }

  /** Starts a headless Chromium with an empty profile. */
  public static Browser start() {
    // Selenium reads this before it would ask Selenium Manager for a driver.
    System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
    Path profile;
    try {
      profile = Files.createTempDirectory("clinicchat-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a Chromium profile folder", e);
    }

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        // The tests run as root, where Chromium refuses to start with its sandbox.
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
        "--user-data-dir=" + profile,
        // Every host but 127.0.0.1 fails to resolve, so the browser reaches only the test instance.
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
        // The test instance's certificate is self-signed. Instead of turning certificate checks
        // off, the browser accepts exactly that certificate's key. Chromium honours this switch
        // only together with --user-data-dir, which is why every browser gets its own profile.
        "--ignore-certificate-errors-spki-list=" + testCertificateKeyPin());

    LoggingPreferences logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logging);

    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .withLogFile(new File(profile.toFile(), "chromedriver.log"))
            .build();
    try {
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(WAIT);
      driver.manage().timeouts().scriptTimeout(WAIT);
      return new Browser(profile, driver);
    } catch (RuntimeException e) {
      deleteRecursively(profile);
      throw e;
    }
  }

  /** Returns the driver, for the Selenium API. */
  public WebDriver driver() {
    return driver;
  }

  /** Opens a path of the test instance, for example {@code admin/index.xhtml}. */
  public void open(String path) {
    driver.get(TestServer.uri(path).toString());
  }

  /** Waits until a condition returns a value that is neither null nor false, and returns it. */
  public <T> T waitUntil(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, WAIT).until(condition);
  }

  /**
   * Waits as {@link #waitUntil(Function)} does, for up to the time given instead of {@link #WAIT}.
   */
  public <T> T waitUntil(Function<WebDriver, T> condition, Duration timeout) {
    return new WebDriverWait(driver, timeout).until(condition);
  }

  /**
   * Returns the entries that the browser's console collected since the last call: console messages,
   * uncaught errors, failed loads and Content Security Policy violations.
   */
  public List<LogEntry> consoleEntries() {
    return driver.manage().logs().get(LogType.BROWSER).getAll();
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteRecursively(profile);
    }
  }

  /**
   * Returns the base64 SHA-256 hash of the test certificate's SubjectPublicKeyInfo, the form that
   * Chromium's {@code --ignore-certificate-errors-spki-list} takes. The certificate comes from the
   * keystore that the test JVM already trusts ({@code javax.net.ssl.trustStore}).
   */
  static String testCertificateKeyPin() {
    String location = System.getProperty("javax.net.ssl.trustStore");
    String password = System.getProperty("javax.net.ssl.trustStorePassword");
    if (location == null || password == null) {
      throw new IllegalStateException(
          "javax.net.ssl.trustStore and javax.net.ssl.trustStorePassword must name the test"
              + " instance's TLS keystore; failsafe sets them in pom.xml");
    }
    try (InputStream in = Files.newInputStream(Path.of(location))) {
      KeyStore keyStore = KeyStore.getInstance("PKCS12");
      keyStore.load(in, password.toCharArray());
      Certificate certificate = keyStore.getCertificate(TLS_ALIAS);
      if (certificate == null) {
        throw new IllegalStateException("No certificate " + TLS_ALIAS + " in " + location);
      }
      byte[] keyInfo = certificate.getPublicKey().getEncoded();
      return Base64.getEncoder()
          .encodeToString(MessageDigest.getInstance("SHA-256").digest(keyInfo));
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("Cannot read the test certificate from " + location, e);
    }
  }

  private static void deleteRecursively(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // A profile left in the temporary folder does no harm to later tests.
    }
  }
}

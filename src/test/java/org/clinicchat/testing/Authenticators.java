package org.clinicchat.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

/**
 * The tests' authenticator app: the TOTP secret of each test account, kept beside the test
 * instance's database in {@code totp/USERNAME.properties}, so that later test classes and runs can
 * sign in too.
 *
 * <p>The server accepts each code once and only for a later time step than the last accepted one,
 * and allows one step of drift. So the next code is for the current step or the one after the last
 * used step, and when that is more than one step ahead, this class waits for the next step: many
 * sign-ins of one account in a row cost up to 30 seconds each.
 */
public final class Authenticators {

  private static final String SECRET = "secret";
  private static final String LAST_STEP = "lastStep";

  private Authenticators() {}

  /** Records the secret an account enrolled with and the step of the code that confirmed it. */
  public static synchronized void enrolled(String username, String secret, long usedStep) {
    Properties account = new Properties();
    account.setProperty(SECRET, secret.replace(" ", ""));
    account.setProperty(LAST_STEP, Long.toString(usedStep));
    write(username, account);
  }

  /** Returns whether the secret of an account is known. */
  public static synchronized boolean knows(String username) {
    return Files.exists(file(username));
  }

  /** Returns the Base32 secret of an account. */
  public static synchronized String secret(String username) {
    return read(username).getProperty(SECRET);
  }

  /**
   * Returns a code that the server has not seen for this account yet, waiting for the next time
   * step if needed, and records its step as used.
   */
  public static synchronized String nextCode(String username) {
    Properties account = read(username);
    long last = Long.parseLong(account.getProperty(LAST_STEP));
    long now = TotpCodes.timeStep(Instant.now());
    long step = Math.max(now, last + 1);
    while (step > now + 1) {
      sleepUntilStep(now + 1);
      now = TotpCodes.timeStep(Instant.now());
    }
    account.setProperty(LAST_STEP, Long.toString(step));
    write(username, account);
    return TotpCodes.code(account.getProperty(SECRET), step);
  }

  private static void sleepUntilStep(long step) {
    Instant start = Instant.ofEpochSecond(step * TotpCodes.STEP_SECONDS);
    Duration wait = Duration.between(Instant.now(), start).plusMillis(100);
    if (wait.isNegative()) {
      return;
    }
    try {
      Thread.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the next TOTP step", e);
    }
  }

  private static Properties read(String username) {
    Path file = file(username);
    if (!Files.exists(file)) {
      throw new IllegalStateException(
          "The TOTP secret of "
              + username
              + " is unknown: it enrolled in a run whose data is gone. Delete the test data folder"
              + " (target/it-data) so the account is created and enrolled again.");
    }
    Properties account = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      account.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
    return account;
  }

  private static void write(String username, Properties account) {
    Path file = file(username);
    try {
      Files.createDirectories(file.getParent());
      try (OutputStream out = Files.newOutputStream(file)) {
        account.store(out, "TOTP secret of a test account");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  /**
   * Returns the file of an account. Outside the server the data folder is {@code
   * clinicchat.it.data}; inside it, the folder of the setup code file, which is the same folder.
   */
  private static Path file(String username) {
    String data = System.getProperty("clinicchat.it.data");
    Path folder =
        data != null
            ? Path.of(data)
            : Path.of(System.getProperty("clinicchat.setup.code-file")).getParent();
    return folder.resolve("totp").resolve(username + ".properties");
  }
}

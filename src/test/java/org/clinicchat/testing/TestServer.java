package org.clinicchat.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/** Where the test instance of Payara Micro listens and keeps its data. */
public final class TestServer {

  private TestServer() {}

  /** Returns the HTTPS base address of the test instance, on loopback. */
  public static URI baseUri() {
    return URI.create("https://127.0.0.1:" + System.getProperty("clinicchat.it.https-port") + "/");
  }

  /** Returns an address relative to the base, for example {@code api/consents}. */
  public static URI uri(String path) {
    return baseUri().resolve(path);
  }

  /** Returns the data folder of the test instance. */
  public static Path dataFolder() {
    return Path.of(System.getProperty("clinicchat.it.data"));
  }

  /**
   * Returns the server log that the test instance writes now. Payara Micro's {@code --logtofile
   * server.log} rotates like a {@code java.util.logging.FileHandler}: it writes {@code
   * server.log.0} and renames older files to {@code server.log.1} and up.
   */
  public static Path serverLog() {
    return dataFolder().resolve("server.log.0");
  }

  /**
   * Returns every log file the test instance has written: the rotated {@code server.log.N} files in
   * the data folder and whatever Payara keeps under {@code payara/logs}.
   */
  public static List<Path> serverLogs() {
    Path payaraLogs = dataFolder().resolve("payara").resolve("logs");
    try (Stream<Path> top = Files.list(dataFolder());
        Stream<Path> payara =
            Files.isDirectory(payaraLogs) ? Files.list(payaraLogs) : Stream.empty()) {
      return Stream.concat(
              top.filter(file -> file.getFileName().toString().startsWith("server.log")),
              payara.filter(Files::isRegularFile))
          .filter(file -> !file.getFileName().toString().endsWith(".lck"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the log files of the test instance", e);
    }
  }

  /**
   * Returns the id of the test instance's active key-encryption key: the one an administrator last
   * activated, kept in a file beside the keystore, or else the configured starting key.
   */
  public static String activeKeyId() {
    Path activeKeyFile = dataFolder().resolve("keys").resolve("field-keys.p12.active-key-id");
    try {
      return Files.exists(activeKeyFile)
          ? Files.readString(activeKeyFile).strip()
          : settings().getProperty("clinicchat.crypto.active-key-id");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the active key file of the test instance", e);
    }
  }

  /** Returns the settings that the development-keys script wrote for the test instance. */
  public static Properties settings() {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(dataFolder().resolve("clinicchat.properties"))) {
      properties.load(in);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the test instance's settings", e);
    }
    return properties;
  }
}

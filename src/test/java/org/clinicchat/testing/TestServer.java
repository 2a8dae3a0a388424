package org.clinicchat.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

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

  /** Returns the server log that the test instance writes. */
  public static Path serverLog() {
    return dataFolder().resolve("server.log");
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

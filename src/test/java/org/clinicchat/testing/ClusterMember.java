package org.clinicchat.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One Payara Micro process that a test starts itself, as a member of a Hazelcast cluster on
 * loopback, with the built WAR at the root context, the project's pre-boot commands and the MariaDB
 * post-boot commands. It shares the test instance's keys (so members read each other's data) but
 * has its own instance root, setup code file, education index and audit checkpoint file, in a
 * folder under {@code target/}. The server log is {@code server.log.0} in that folder and the
 * console output {@code console.log}.
 */
public final class ClusterMember implements AutoCloseable {

  /** Settings each member keeps apart, so members and the test instance never share the file. */
  private static final List<String> OWN_FILES =
      List.of(
          "clinicchat.setup.code-file",
          "clinicchat.education.index-location",
          "clinicchat.audit.checkpoint-file");

  /** What Payara Micro logs at the end of its start, whether or not the deployment worked. */
  private static final String STARTED = ") ready in ";

  /**
   * How long the HTTPS port may refuse connections after the member logged {@link #STARTED}. When
   * the post-boot commands still restarted the listeners, the HTTPS one once did not come back: the
   * port stayed closed, and only a new start mended it.
   */
  private static final Duration LISTENER_GRACE = Duration.ofSeconds(30);

  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration PROBE_PAUSE = Duration.ofSeconds(1);

  private final String name;
  private final Path folder;
  private final int httpsPort;
  private final Process process;

  private ClusterMember(String name, Path folder, int httpsPort, Process process) {
    this.name = name;
    this.folder = folder;
    this.httpsPort = httpsPort;
    this.process = process;
  }

  /** The ports of one member: HTTP, HTTPS and the Hazelcast data grid. */
  public record Ports(int http, int https, int dataGrid) {}

  /**
   * Starts a member. It joins the members whose data grid ports are listed, and connects to MariaDB
   * with the environment variables of the MariaDB post-boot command file in {@code database}.
   */
  public static ClusterMember start(
      String name,
      Path folder,
      Ports ports,
      List<Integer> dataGridPorts,
      Map<String, String> database) {
    try {
      // A fresh folder on each run: an instance root from an earlier run would deploy its old
      // copy of the WAR at boot, against that run's database user, before the new deployment.
      deleteRecursively(folder);
      Files.createDirectories(folder);
      Path settings = writeSettings(folder);
      List<String> command = command(folder, settings, ports, dataGridPorts);
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(folder.resolve("console.log").toFile());
      builder.environment().putAll(database);
      return new ClusterMember(name, folder, ports.https(), builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start cluster member " + name, e);
    }
  }

  /**
   * Starts a member as {@link #start} does and waits until it is ready, starting it once more when
   * its HTTPS port stays closed after the start. A member that does not get ready is stopped, so
   * that no process keeps the ports after a failed start.
   */
  public static ClusterMember startReady(
      String name,
      Path folder,
      Ports ports,
      List<Integer> dataGridPorts,
      Map<String, String> database,
      Duration timeout)
      throws InterruptedException {
    ClusterMember member = start(name, folder, ports, dataGridPorts, database);
    try {
      member.awaitReady(timeout);
      return member;
    } catch (ListenerNotStartedException e) {
      member.close();
    } catch (RuntimeException | InterruptedException e) {
      member.close();
      throw e;
    }
    ClusterMember again = start(name, folder, ports, dataGridPorts, database);
    try {
      again.awaitReady(timeout);
      return again;
    } catch (RuntimeException | InterruptedException e) {
      again.close();
      throw e;
    }
  }

  /** Returns the HTTPS base address of the member, on loopback. */
  public URI baseUri() {
    return URI.create("https://127.0.0.1:" + httpsPort + "/");
  }

  /** Returns the setup code that the member wrote while no administrator exists. */
  public String setupCode() {
    try {
      return Files.readString(folder.resolve("setup-code.txt")).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("Cluster member " + name + " wrote no setup code", e);
    }
  }

  /** Returns the member's server log. */
  public Path serverLog() {
    return folder.resolve("server.log.0");
  }

  /**
   * Waits until the member returns 200 from the public consent-notice endpoint, which it does only
   * once the WAR is deployed: Payara Micro logs "ready" even when a deployment failed.
   *
   * @throws IllegalStateException if the process ends or the timeout passes first, or the HTTPS
   *     port stays closed for {@link #LISTENER_GRACE} after the member started
   */
  public void awaitReady(Duration timeout) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest probe =
        HttpRequest.newBuilder(baseUri().resolve("api/consent-notice"))
            .timeout(Duration.ofSeconds(10))
            .build();
    Instant deadline = Instant.now().plus(timeout);
    Instant closedSince = null;
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Cluster member " + name + " exited with " + process.exitValue() + "; see " + folder);
      }
      try {
        if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
        closedSince = null;
      } catch (ConnectException e) {
        // Not listening yet, or the HTTPS listener did not open.
        if (closedSince == null && logContains(STARTED)) {
          closedSince = Instant.now();
        }
        if (closedSince != null && Instant.now().isAfter(closedSince.plus(LISTENER_GRACE))) {
          throw new ListenerNotStartedException(
              "The HTTPS port of cluster member " + name + " stayed closed; see " + folder);
        }
      } catch (IOException e) {
        // The listener is up but the deployment is not: try again.
      }
      Thread.sleep(PROBE_PAUSE);
    }
    throw new IllegalStateException(
        "Cluster member " + name + " was not ready within " + timeout + "; see " + folder);
  }

  /** Returns whether the member's server log contains the text. */
  public boolean logContains(String text) {
    try (var files = Files.list(folder)) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().startsWith("server.log")).toList()) {
        if (Files.readString(file).contains(text)) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the log of cluster member " + name, e);
    }
  }

  /** Stops the process: a normal shutdown first, then a forced one after a timeout. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }
  }

  /** Raised when a member's HTTPS listener did not start, and a new start may mend. */
  static final class ListenerNotStartedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    ListenerNotStartedException(String message) {
      super(message);
    }
  }

  private static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** Copies the test instance's settings with the member's own files. */
  private static Path writeSettings(Path folder) throws IOException {
    Properties settings = TestServer.settings();
    for (String key : OWN_FILES) {
      String original = settings.getProperty(key);
      if (original != null) {
        settings.setProperty(key, folder.resolve(Path.of(original).getFileName()).toString());
      }
    }
    Path file = folder.resolve("clinicchat.properties");
    try (OutputStream out = Files.newOutputStream(file)) {
      settings.store(out, "Settings of a cluster member started by a test");
    }
    return file;
  }

  private static List<String> command(
      Path folder, Path settings, Ports ports, List<Integer> dataGridPorts) {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    String members =
        String.join(",", dataGridPorts.stream().map(port -> "127.0.0.1:" + port).toList());
    List<String> command = new ArrayList<>();
    command.addAll(
        List.of(
            java.toString(),
            "-Xmx384m",
            "-Dhazelcast.socket.bind.any=false",
            "-jar",
            System.getProperty("payara.microJar"),
            "--deploy",
            System.getProperty("clinicchat.it.war"),
            "--contextroot",
            "/",
            "--clustername",
            "clinicchat-cluster-it",
            "--interfaces",
            "127.0.0.1",
            "--clustermode",
            "tcpip:" + members,
            "--startport",
            String.valueOf(ports.dataGrid()),
            "--rootdir",
            folder.resolve("payara").toString(),
            "--systemproperties",
            settings.toString(),
            "--prebootcommandfile",
            serverConfig("pre-boot-commands.asadmin"),
            "--postbootcommandfile",
            serverConfig("post-boot-commands-mariadb.asadmin"),
            "--addlibs",
            Path.of(System.getProperty("payara.microJar"))
                .resolveSibling("mariadb-java-client.jar")
                .toString(),
            "--port",
            String.valueOf(ports.http()),
            "--sslport",
            String.valueOf(ports.https()),
            "--sslcert",
            "clinicchat-tls",
            "--logtofile",
            folder.resolve("server.log").toString()));
    return command;
  }

  private static String serverConfig(String file) {
    return Path.of(System.getProperty("clinicchat.it.server-config")).resolve(file).toString();
  }
}

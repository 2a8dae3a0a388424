package org.clinicchat.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

/** The key command's arguments; the commands themselves run against a server in an IT. */
class KeyCommandTest {

  private static final String SERVER = "https://127.0.0.1:8443";

  @Test
  void addWithActivateParses() {
    KeyCommand.Arguments parsed =
        KeyCommand.Arguments.parse(
            new String[] {"--server", SERVER, "--user", "admin", "add", "k2", "--activate"});

    assertEquals(
        new KeyCommand.Arguments(URI.create(SERVER + "/"), "admin", "add-and-activate", "k2"),
        parsed);
  }

  @Test
  void deleteParses() {
    KeyCommand.Arguments parsed =
        KeyCommand.Arguments.parse(
            new String[] {"delete", "k1", "--user", "admin", "--server", SERVER + "/"});

    assertEquals(
        new KeyCommand.Arguments(URI.create(SERVER + "/"), "admin", "delete", "k1"), parsed);
  }

  @Test
  void badUsageRejected() {
    String[][] bad = {
      {},
      {"--server", SERVER, "--user", "admin"},
      {"--server", SERVER, "add", "k2"},
      {"--user", "admin", "add", "k2"},
      {"--server", SERVER, "--user", "admin", "activate", "k2", "--activate"},
      {"--server", SERVER, "--user", "admin", "rotate", "k2"},
      {"--server", SERVER, "--user", "admin", "add"},
      {"--server", SERVER, "--user", "admin", "list", "k2"},
      {"--server", "bad uri with spaces", "--user", "admin", "list"},
      {"--server"}
    };
    for (String[] args : bad) {
      assertNull(KeyCommand.Arguments.parse(args), String.join(" ", args));
    }
  }

  @Test
  void badUsageExitsTwoWithUsage() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status =
        KeyCommand.run(
            new String[] {"rotate"},
            name -> null,
            SSLContext.getDefault(),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertEquals(2, status);
    assertEquals(KeyCommand.USAGE + System.lineSeparator(), err.toString(StandardCharsets.UTF_8));
  }
}

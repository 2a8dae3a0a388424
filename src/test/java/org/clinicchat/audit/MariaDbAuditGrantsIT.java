package org.clinicchat.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The application's MariaDB user, created by server-config/mariadb-grants.sql as written, may
 * insert and read audit events but not change or remove them. Runs the script as root against the
 * MariaDB at 127.0.0.1:3306 under a random database and user name, then connects as that user.
 *
 * <p>The script's REQUIRE SSL line is left out and the connection has TLS off by default, because
 * the MariaDB on loopback that the tests use may offer no TLS; {@code -Dclinicchat.it.mariadb-ssl}
 * sets the driver's sslMode for another server.
 */
class MariaDbAuditGrantsIT {

  private static final String SERVER =
      System.getProperty("clinicchat.it.mariadb", "127.0.0.1:3306");
  private static final String ROOT_USER = System.getProperty("clinicchat.it.mariadb-user", "root");
  private static final String ROOT_PASSWORD =
      System.getProperty("clinicchat.it.mariadb-password", "");
  private static final String SSL_MODE = System.getProperty("clinicchat.it.mariadb-ssl", "disable");
  private static final int COMMAND_DENIED = 1142;

  private static final String NAME = "cc_grants_" + UUID.randomUUID().toString().substring(0, 8);
  private static final String PASSWORD = UUID.randomUUID().toString();

  @BeforeAll
  static void runGrantsScript() throws IOException, SQLException {
    try (Connection root = connect("", ROOT_USER, ROOT_PASSWORD);
        Statement statement = root.createStatement()) {
      for (String sql : scriptStatements()) {
        statement.execute(sql);
      }
    }
    try (Connection application = application();
        Statement statement = application.createStatement()) {
      // The shape EclipseLink creates, reduced to what the grants concern.
      statement.execute(
          "CREATE TABLE audit_event (seq_no BIGINT PRIMARY KEY, actor VARCHAR(100) NOT NULL)");
      statement.execute("CREATE INDEX audit_event_actor ON audit_event (actor)");
      statement.execute(
          "CREATE TABLE conversation (id VARCHAR(36) PRIMARY KEY, visitor VARCHAR(36))");
      statement.execute("INSERT INTO audit_event VALUES (1, 'nurse.jones')");
      statement.execute("INSERT INTO conversation VALUES ('c1', 'v1')");
    }
  }

  @AfterAll
  static void dropDatabaseAndUser() throws SQLException {
    try (Connection root = connect("", ROOT_USER, ROOT_PASSWORD);
        Statement statement = root.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + NAME);
      statement.execute("DROP USER IF EXISTS '" + NAME + "'@'%'");
    }
  }

  @Test
  void applicationInsertsAuditEvent() throws SQLException {
    assertEquals(1, execute("INSERT INTO audit_event VALUES (2, 'dr.smith')"));
  }

  @Test
  void applicationReadsAuditEvent() throws SQLException {
    try (Connection application = application();
        Statement statement = application.createStatement();
        ResultSet rows = statement.executeQuery("SELECT actor FROM audit_event WHERE seq_no = 1")) {
      rows.next();
      assertEquals("nurse.jones", rows.getString(1));
    }
  }

  @Test
  void auditUpdateDenied() {
    assertDenied("UPDATE audit_event SET actor = 'someone-else' WHERE seq_no = 1");
  }

  @Test
  void auditDeleteDenied() {
    assertDenied("DELETE FROM audit_event WHERE seq_no = 1");
  }

  @Test
  void auditTruncateDenied() {
    assertDenied("TRUNCATE TABLE audit_event");
  }

  @Test
  void auditDropDenied() {
    assertDenied("DROP TABLE audit_event");
  }

  @Test
  void auditAlterDenied() {
    assertDenied("ALTER TABLE audit_event ADD COLUMN note VARCHAR(10)");
  }

  @Test
  void otherTableStillUpdatable() throws SQLException {
    assertEquals(1, execute("UPDATE conversation SET visitor = 'v2' WHERE id = 'c1'"));
  }

  @Test
  void otherDatabaseDenied() {
    SQLException e =
        assertThrows(SQLException.class, () -> execute("CREATE TABLE mysql.planted (id INT)"));

    assertEquals(COMMAND_DENIED, e.getErrorCode(), e::getMessage);
  }

  private static void assertDenied(String sql) {
    SQLException e = assertThrows(SQLException.class, () -> execute(sql));

    assertEquals(COMMAND_DENIED, e.getErrorCode(), e::getMessage);
  }

  private static int execute(String sql) throws SQLException {
    try (Connection application = application();
        Statement statement = application.createStatement()) {
      return statement.executeUpdate(sql);
    }
  }

  /** Returns the script's statements with the test's names and password, without REQUIRE SSL. */
  private static List<String> scriptStatements() throws IOException {
    StringBuilder script = new StringBuilder();
    for (String line : Files.readAllLines(Path.of("server-config", "mariadb-grants.sql"))) {
      if (!line.startsWith("--") && !line.contains("REQUIRE SSL")) {
        script.append(line).append('\n');
      }
    }
    String named =
        script
            .toString()
            .replaceAll("\\bclinicchat\\b", NAME)
            .replace("CHANGE-ME-long-random-password", PASSWORD);
    List<String> statements = new ArrayList<>();
    for (String statement : named.split(";")) {
      if (!statement.isBlank()) {
        statements.add(statement.strip());
      }
    }
    return statements;
  }

  private static Connection application() throws SQLException {
    return connect(NAME, NAME, PASSWORD);
  }

  private static Connection connect(String database, String user, String password)
      throws SQLException {
    try {
      return DriverManager.getConnection(
          "jdbc:mariadb://" + SERVER + "/" + database + "?sslMode=" + SSL_MODE, user, password);
    } catch (SQLException e) {
      throw new SQLException(
          "Cannot connect to MariaDB at "
              + SERVER
              + " as "
              + user
              + ". The tests need MariaDB there, with root and an empty password unless"
              + " -Dclinicchat.it.mariadb-user and -Dclinicchat.it.mariadb-password say otherwise.",
          e);
    }
  }
}

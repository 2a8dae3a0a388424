package org.clinicchat.selfassessment;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.Security;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.clinicchat.crypto.KeyRing;
import org.clinicchat.security.LoginPolicy;
import org.clinicchat.security.SessionPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Checks of the server's configuration: transport, keys, database and sign-in settings. */
@ApplicationScoped
public class ConfigurationChecks {

  /** Age after which the active key-encryption key should be replaced by a new one. */
  static final Duration MAX_KEY_AGE = Duration.ofDays(365);

  static final List<String> OBSOLETE_PROTOCOLS = List.of("SSLv3", "TLSv1", "TLSv1.1");

  @Inject KeyRing keyRing;

  @Inject LoginPolicy loginPolicy;

  @Inject SessionPolicy sessionPolicy;

  @Inject
  @ConfigProperty(name = "clinicchat.development-keys", defaultValue = "false")
  boolean developmentKeys;

  @Resource(lookup = "jdbc/clinicchat")
  DataSource dataSource;

  private final Clock clock = Clock.systemUTC();

  /** Returns the configuration checks, in the order the page shows them. */
  public List<SecurityCheck> run(ClientConnection connection) {
    return List.of(
        transport(connection, Security.getProperty("jdk.tls.disabledAlgorithms")),
        keyAge(),
        developmentKeys(),
        database(),
        lockout(),
        sessionTimeouts());
  }

  static SecurityCheck transport(ClientConnection connection, String disabledAlgorithms) {
    String safeguard = "Encryption in transit (TLS 1.2 or 1.3 with AEAD ciphers)";
    String remedy =
        "Serve the staff pages and the API over HTTPS only, with the TLS settings of"
            + " server-config/pre-boot-commands.asadmin, and a Java whose jdk.tls.disabledAlgorithms"
            + " lists SSLv3, TLSv1 and TLSv1.1.";
    if (!connection.secure()) {
      return SecurityCheck.fail("tls", safeguard, "This page was served without TLS.", remedy);
    }
    String suite = connection.cipherSuite();
    if (!isAead(suite)) {
      return SecurityCheck.fail(
          "tls", safeguard, "This page came over TLS with the cipher suite " + suite + ".", remedy);
    }
    List<String> allowed = allowedOldProtocols(disabledAlgorithms);
    if (!allowed.isEmpty()) {
      return SecurityCheck.fail(
          "tls", safeguard, "The server's Java does not disable " + allowed + ".", remedy);
    }
    return SecurityCheck.pass(
        "tls",
        safeguard,
        "This page came over TLS with "
            + suite
            + ", and the server's Java refuses "
            + String.join(", ", OBSOLETE_PROTOCOLS)
            + ".");
  }

  static boolean isAead(String cipherSuite) {
    String suite = cipherSuite.toUpperCase(Locale.ROOT);
    return suite.contains("_GCM_") || suite.contains("CHACHA20_POLY1305");
  }

  static List<String> allowedOldProtocols(String disabledAlgorithms) {
    List<String> disabled =
        disabledAlgorithms == null
            ? List.of()
            : List.of(disabledAlgorithms.split(",")).stream().map(String::strip).toList();
    return OBSOLETE_PROTOCOLS.stream().filter(protocol -> !disabled.contains(protocol)).toList();
  }

  private SecurityCheck keyAge() {
    String safeguard = "Field-encryption key (KEK) in use and younger than a year";
    String active = keyRing.activeKeyId();
    Optional<Instant> created = keyRing.createdAt(active);
    String remedy =
        "Add a new key-encryption key on the Encryption keys page, activate it and run the key"
            + " rotation.";
    if (created.isEmpty()) {
      return SecurityCheck.fail(
          "kek-age",
          safeguard,
          "The keystore has no creation date for the active key " + active + ".",
          remedy);
    }
    Duration age = Duration.between(created.get(), Instant.now(clock));
    String finding = "The active key " + active + " is " + age.toDays() + " days old.";
    return age.compareTo(MAX_KEY_AGE) > 0
        ? SecurityCheck.fail("kek-age", safeguard, finding, remedy)
        : SecurityCheck.pass("kek-age", safeguard, finding);
  }

  private SecurityCheck developmentKeys() {
    String safeguard = "Production keys and certificate";
    if (developmentKeys) {
      return SecurityCheck.fail(
          "production-keys",
          safeguard,
          "The server runs with the generated development keys and self-signed certificate.",
          "Install the clinic's certificate and keys as the README's section Production keys"
              + " describes, and start without clinicchat.development-keys.");
    }
    return SecurityCheck.pass(
        "production-keys", safeguard, "The server runs with the clinic's own keys.");
  }

  private SecurityCheck database() {
    String safeguard = "Production database";
    String product = databaseProduct();
    if (product.toUpperCase(Locale.ROOT).contains("MARIADB")
        || product.toUpperCase(Locale.ROOT).contains("MYSQL")) {
      return SecurityCheck.pass("database", safeguard, "The data is stored in " + product + ".");
    }
    return SecurityCheck.fail(
        "database",
        safeguard,
        "The data is stored in " + product + ", the embedded database for trying ClinicChat.",
        "Move to MariaDB with server-config/post-boot-commands-mariadb.asadmin, with its"
            + " data-at-rest encryption on and backups, as the README describes.");
  }

  private String databaseProduct() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      return "an unknown database";
    }
  }

  private SecurityCheck lockout() {
    String safeguard = "Lockout after failed sign-ins";
    String finding =
        "An account locks after "
            + loginPolicy.maxFailures()
            + " failed sign-ins within "
            + loginPolicy.failureWindow().toMinutes()
            + " minutes, for "
            + loginPolicy.lockoutFor(0).toMinutes()
            + " minutes at first.";
    boolean strict = loginPolicy.maxFailures() <= 5 && loginPolicy.lockoutFor(0).toMinutes() >= 15;
    return strict
        ? SecurityCheck.pass("lockout", safeguard, finding)
        : SecurityCheck.fail(
            "lockout",
            safeguard,
            finding,
            "Set clinicchat.login.max-failures to 5 or fewer and clinicchat.login.lockout to"
                + " PT15M or longer.");
  }

  private SecurityCheck sessionTimeouts() {
    String safeguard = "Automatic logoff";
    Duration idle = sessionPolicy.idleTimeout();
    Duration absolute = sessionPolicy.absoluteTimeout();
    String finding =
        "Staff sessions end after "
            + idle.toMinutes()
            + " idle minutes and after "
            + absolute.toHours()
            + " hours in all.";
    boolean strict =
        idle.compareTo(Duration.ofMinutes(15)) <= 0
            && absolute.compareTo(Duration.ofHours(12)) <= 0;
    return strict
        ? SecurityCheck.pass("session-timeouts", safeguard, finding)
        : SecurityCheck.fail(
            "session-timeouts",
            safeguard,
            finding,
            "Set clinicchat.session.idle-timeout to PT15M or less and"
                + " clinicchat.session.absolute-timeout to PT12H or less.");
  }
}

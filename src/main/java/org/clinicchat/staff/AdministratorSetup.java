package org.clinicchat.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.logging.Logger;
import org.clinicchat.audit.AccessPurpose;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.Audited;
import org.clinicchat.audit.AuditedResource;
import org.clinicchat.security.PasswordHasher;
import org.clinicchat.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first administrator. ClinicChat ships with no account and no default password: while
 * no administrator exists, each start writes a one-time setup code to the file named by {@code
 * clinicchat.setup.code-file} (readable by the server's user only), and the setup page creates the
 * first administrator for whoever enters that code. After that the page is closed for good.
 */
@Singleton
@Startup
public class AdministratorSetup {

  static final String PROPERTY_CODE_FILE = "clinicchat.setup.code-file";
  private static final Logger LOG = Logger.getLogger(AdministratorSetup.class.getName());
  private static final int CODE_BYTES = 16;
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager entityManager;

  @Inject PasswordHasher passwordHasher;

  @Inject
  @ConfigProperty(name = PROPERTY_CODE_FILE)
  String codeFile;

  private final Clock clock = Clock.systemUTC();
  private String setupCode;

  @PostConstruct
  void prepare() {
    if (isDone()) {
      return;
    }
    byte[] random = new byte[CODE_BYTES];
    RANDOM.nextBytes(random);
    setupCode = HexFormat.of().formatHex(random);
    Path file = Path.of(codeFile);
    try {
      Files.deleteIfExists(file);
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(file, setupCode + "\n", StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot write the setup code to " + PROPERTY_CODE_FILE, e);
    }
    LOG.warning(
        () ->
            "No administrator exists yet. Open /setup.xhtml and enter the one-time setup code"
                + " from the file "
                + file.toAbsolutePath());
  }

  /** Returns whether an administrator exists, which closes the setup page. */
  public boolean isDone() {
    return entityManager
            .createQuery(
                "SELECT COUNT(a) FROM StaffAccount a JOIN a.roles r WHERE r = :role", Long.class)
            .setParameter("role", Roles.ADMIN)
            .getSingleResult()
        > 0;
  }

  /**
   * Creates the first administrator if the setup code matches and none exists yet.
   *
   * @throws InvalidStaffAccountException if setup is closed, the code is wrong or the account is
   *     invalid
   */
  @Audited(
      value = AuditAction.ADMINISTRATOR_SETUP,
      resourceType = "StaffAccount",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public void createAdministrator(String code, @AuditedResource String username, char[] password) {
    if (isDone() || setupCode == null) {
      throw new InvalidStaffAccountException("Setup is already done. Sign in instead.");
    }
    if (code == null
        || !MessageDigest.isEqual(
            setupCode.getBytes(StandardCharsets.US_ASCII),
            code.trim().getBytes(StandardCharsets.US_ASCII))) {
      throw new InvalidStaffAccountException("The setup code is wrong. Copy it from the file.");
    }
    NewStaffAccount account = new NewStaffAccount(username, password, Set.of(Roles.ADMIN));
    StaffDirectory.store(entityManager, passwordHasher, account, Instant.now(clock));
    setupCode = null;
    deleteCodeFile();
    LOG.info(() -> "First administrator created; setup is closed");
  }

  private void deleteCodeFile() {
    try {
      Files.deleteIfExists(Path.of(codeFile));
    } catch (IOException e) {
      LOG.warning(() -> "Cannot delete the used setup code file: " + e);
    }
  }
}

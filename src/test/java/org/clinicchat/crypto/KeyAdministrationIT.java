package org.clinicchat.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.AuditOutcome;
import org.clinicchat.security.PasswordHasher;
import org.clinicchat.testing.Authenticators;
import org.clinicchat.testing.Deployments;
import org.clinicchat.testing.PatientClient;
import org.clinicchat.testing.PatientClient.Visitor;
import org.clinicchat.testing.StaffSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Adding, activating and deleting key-encryption keys on a running server, through {@link
 * KeyCommand} and the Encryption keys page, as an administrator signed in over loopback TLS. Each
 * change must take effect without a restart, be audited, and a key that still protects data must
 * stay.
 */
@ExtendWith(ArquillianExtension.class)
class KeyAdministrationIT {

  // The administrator that the browser tests create on the setup page (StaffFixtures), with the
  // same password, so that browser tests running later still sign in.
  private static final String ADMIN = "it-admin";

  private static StaffSession adminSession;
  private static final String ADMIN_PASSWORD = "correct horse battery staple 42";
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  @PersistenceContext EntityManager entityManager;

  @Inject UserTransaction transaction;

  @Inject KeyRing keyRing;

  @Inject FieldEncryption fieldEncryption;

  @Inject PasswordHasher passwordHasher;

  @Inject HttpServletRequest runnerRequest;

  @Deployment
  static WebArchive deployment() {
    return Deployments.clinicChatWithTestHelpers();
  }

  @Test
  void commandAddsAndActivatesKey() throws Exception {
    String keyId = newKeyId("cli");

    Result result = command("add", keyId, "--activate");

    assertEquals(0, result.status(), result::toString);
    assertEquals(keyId, keyRing.activeKeyId(), "active without a restart");
    assertEquals(keyId, kekOfNewConversation(), "a new data key is wrapped by the new key");
    assertEquals(AuditOutcome.SUCCESS, auditOutcome(AuditAction.KEY_ADDED, keyId));
    assertEquals(AuditOutcome.SUCCESS, auditOutcome(AuditAction.KEY_ACTIVATED, keyId));
  }

  @Test
  void commandListsKeys() throws Exception {
    Result result = command("list");

    assertEquals(0, result.status(), result::toString);
    assertTrue(result.out().contains(keyRing.activeKeyId() + " (active)"), result::toString);
  }

  @Test
  void deletionRejectedWhileKeyWraps() throws Exception {
    String keyId = newKeyId("wraps");
    assertEquals(0, command("add", keyId).status());
    wrapOneDataKeyUnder(keyId);

    Result result = command("delete", keyId);

    assertEquals(1, result.status(), result::toString);
    assertTrue(result.err().contains("it wraps 1 data key(s)"), result::toString);
    assertTrue(keyRing.keyIds().contains(keyId), "the key is still in the keystore");
    assertEquals(AuditOutcome.FAILURE, auditOutcome(AuditAction.KEY_DELETED, keyId));
  }

  @Test
  void activeKeyDeletionRejected() throws Exception {
    String active = keyRing.activeKeyId();

    Result result = command("delete", active);

    assertEquals(1, result.status(), result::toString);
    assertTrue(result.err().contains("it is the active key"), result::toString);
    assertTrue(keyRing.keyIds().contains(active), "the active key is still in the keystore");
  }

  @Test
  void unusedKeyDeleted() throws Exception {
    String keyId = newKeyId("unused");
    assertEquals(0, command("add", keyId).status());

    Result result = command("delete", keyId);

    assertEquals(0, result.status(), result::toString);
    assertFalse(keyRing.keyIds().contains(keyId), "the key is gone from the keystore");
    assertEquals(AuditOutcome.SUCCESS, auditOutcome(AuditAction.KEY_DELETED, keyId));
  }

  @Test
  void invalidKeyIdRejected() throws Exception {
    Result result = command("add", "bad id;rm");

    assertEquals(1, result.status(), result::toString);
    assertTrue(result.err().contains("A key id is 1 to 100 letters"), result::toString);
  }

  @Test
  void wrongPasswordRejected() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        KeyCommand.run(
            new String[] {"--server", serverUri(), "--user", ADMIN, "list"},
            name -> "not the password",
            PatientClient.serverTlsTrust(),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertEquals(1, status);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("Sign-in as it-admin failed"));
  }

  @Test
  void postWithoutCommandHeaderForbidden() throws Exception {
    StaffSession admin = signIn();

    HttpResponse<String> response =
        admin.post("admin/keys/commands", Map.of("action", "add", "keyId", newKeyId("csrf")));

    assertEquals(403, response.statusCode());
  }

  @Test
  void pageAddsAndActivatesKey() throws Exception {
    String keyId = newKeyId("page");
    StaffSession admin = signIn();
    HttpResponse<String> page = admin.get("admin/keys/index.xhtml");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("add-key", "add-key");
    form.put("add-key:key-id", keyId);
    form.put("add-key:activate-new", "on");
    form.put("add-key:add", "Add an AES-256 key");
    form.put("jakarta.faces.ViewState", viewState(page.body()));

    HttpResponse<String> added = admin.post("admin/keys/index.xhtml", form);

    assertEquals(200, added.statusCode());
    assertTrue(added.body().contains("Added key " + keyId), added::body);
    assertEquals(keyId, keyRing.activeKeyId(), "active without a restart");
    assertEquals(AuditOutcome.SUCCESS, auditOutcome(AuditAction.KEY_ACTIVATED, keyId));
  }

  @Test
  void pageRowButtonsActivateAndDelete() throws Exception {
    String previous = keyRing.activeKeyId();
    wrapOneDataKeyUnder(previous);
    String keyId = newKeyId("rows");
    assertEquals(0, command("add", keyId).status());
    StaffSession admin = signIn();

    HttpResponse<String> activated = pressRowButton(admin, keyId, "activate");
    HttpResponse<String> deleted = pressRowButton(admin, previous, "delete");

    assertTrue(activated.body().contains("Key " + keyId + " is now the active key."));
    assertEquals(keyId, keyRing.activeKeyId(), "activated on the page");
    assertEquals(AuditOutcome.FAILURE, auditOutcome(AuditAction.KEY_DELETED, previous));
    assertTrue(deleted.body().contains("was not deleted: it wraps"), deleted::body);
    assertTrue(keyRing.keyIds().contains(previous), "the previous key is still in the keystore");
  }

  @Test
  void pageShowsWhyDeletionRejected() throws Exception {
    String keyId = newKeyId("shown");
    assertEquals(0, command("add", keyId).status());
    wrapOneDataKeyUnder(keyId);

    HttpResponse<String> page = signIn().get("admin/keys/index.xhtml");

    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("it wraps 1 data key(s); run key rotation first"));
  }

  private record Result(int status, String out, String err) {}

  /** Presses a button in a key's row of the key table, as a browser posts the form. */
  private HttpResponse<String> pressRowButton(StaffSession admin, String keyId, String button) {
    int row = List.copyOf(keyRing.keyIds()).indexOf(keyId);
    assertTrue(row >= 0, () -> keyId + " is listed");
    HttpResponse<String> page = admin.get("admin/keys/index.xhtml");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("keys", "keys");
    form.put("keys:kek-list:" + row + ":" + button, button);
    form.put("jakarta.faces.ViewState", viewState(page.body()));
    HttpResponse<String> response = admin.post("admin/keys/index.xhtml", form);
    assertEquals(200, response.statusCode());
    return response;
  }

  private Result command(String... words) throws Exception {
    String user = newCommandUser();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] args = new String[words.length + 4];
    args[0] = "--server";
    args[1] = serverUri();
    args[2] = "--user";
    args[3] = user;
    System.arraycopy(words, 0, args, 4, words.length);
    int status =
        KeyCommand.run(
            args,
            name ->
                switch (name) {
                  case KeyCommand.PASSWORD_VARIABLE -> ADMIN_PASSWORD;
                  case KeyCommand.CODE_VARIABLE -> Authenticators.nextCode(user);
                  default -> null;
                },
            PatientClient.serverTlsTrust(),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /**
   * Creates an administrator for one command and enrols its authenticator with a sign-in. The
   * command signs in with a TOTP code, and the next code of a new account needs no wait for the
   * next 30-second step, while the next code of a reused account can.
   */
  private String newCommandUser() throws Exception {
    String user = "it-keycmd-" + UUID.randomUUID().toString().substring(0, 8);
    createAdministrator(user);
    StaffSession.signInInsideServer(runnerRequest.getLocalPort(), user, ADMIN_PASSWORD);
    return user;
  }

  /**
   * Returns the administrator's session, signed in once for the class: each sign-in needs a new
   * TOTP code, and a code of the next 30-second step is a wait of up to 30 seconds.
   */
  private StaffSession signIn() throws Exception {
    ensureAdministrator();
    if (adminSession == null || adminSession.get("admin/index.xhtml").statusCode() != 200) {
      adminSession =
          StaffSession.signInInsideServer(runnerRequest.getLocalPort(), ADMIN, ADMIN_PASSWORD);
    }
    return adminSession;
  }

  private String serverUri() {
    return "https://127.0.0.1:" + runnerRequest.getLocalPort() + "/";
  }

  private static String newKeyId(String purpose) {
    return "it-" + purpose + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static String viewState(String page) {
    Matcher matcher = VIEW_STATE.matcher(page);
    assertTrue(matcher.find(), "the page has a Faces view state");
    return matcher.group(1);
  }

  /** Starts a conversation over the patient API and returns the KEK that wraps its data key. */
  private String kekOfNewConversation() throws Exception {
    PatientClient patient = PatientClient.insideServer(runnerRequest.getLocalPort());
    Visitor visitor = patient.consent();
    String conversation = patient.startConversation(visitor.token());
    assertEquals(201, patient.send(visitor.token(), conversation, "hello").status());
    return inTransaction(
        () ->
            (String)
                entityManager
                    .createNativeQuery("SELECT kek_id FROM data_key WHERE conversation_id = ?1")
                    .setParameter(1, conversation)
                    .getSingleResult());
  }

  /** Creates a data key for a new owner, wrapped by the key, as rotation would find it. */
  private void wrapOneDataKeyUnder(String keyId) throws Exception {
    String owner = UUID.randomUUID().toString();
    inTransaction(
        () -> {
          fieldEncryption.sealerFor(owner);
          DataKey dataKey =
              entityManager
                  .createQuery(
                      "SELECT d FROM DataKey d WHERE d.conversationId = :id", DataKey.class)
                  .setParameter("id", owner)
                  .getSingleResult();
          fieldEncryption.wrap(dataKey, fieldEncryption.unwrap(dataKey), keyId);
          return null;
        });
  }

  /** Returns the outcome of the newest audit event of the action on the key id. */
  private AuditOutcome auditOutcome(AuditAction action, String keyId) throws Exception {
    List<AuditOutcome> outcomes =
        inTransaction(
            () ->
                entityManager
                    .createQuery(
                        "SELECT e.outcome FROM AuditEvent e WHERE e.action = :action"
                            + " AND e.resourceId = :id ORDER BY e.sequence DESC",
                        AuditOutcome.class)
                    .setParameter("action", action)
                    .setParameter("id", keyId)
                    .getResultList());
    assertFalse(outcomes.isEmpty(), () -> "no " + action + " event for " + keyId);
    return outcomes.getFirst();
  }

  /** Creates the administrator with SQL unless a test class or an earlier run created it. */
  private void ensureAdministrator() throws Exception {
    long existing =
        inTransaction(
            () ->
                ((Number)
                        entityManager
                            .createNativeQuery(
                                "SELECT COUNT(*) FROM staff_account WHERE username = ?1")
                            .setParameter(1, ADMIN)
                            .getSingleResult())
                    .longValue());
    if (existing == 0) {
      createAdministrator(ADMIN);
    }
  }

  /** Creates an administrator account with SQL, with the administrator's password. */
  private void createAdministrator(String username) throws Exception {
    String hash = passwordHasher.hash(ADMIN_PASSWORD.toCharArray());
    inTransaction(
        () -> {
          entityManager
              .createNativeQuery(
                  "INSERT INTO staff_account (username, password_hash, enabled, created_at)"
                      + " VALUES (?1, ?2, ?3, ?4)")
              .setParameter(1, username)
              .setParameter(2, hash)
              .setParameter(3, Boolean.TRUE)
              .setParameter(4, Timestamp.from(Instant.now()))
              .executeUpdate();
          return entityManager
              .createNativeQuery("INSERT INTO staff_role (username, role) VALUES (?1, ?2)")
              .setParameter(1, username)
              .setParameter(2, "ADMIN")
              .executeUpdate();
        });
  }

  private <T> T inTransaction(Callable<T> work) throws Exception {
    transaction.begin();
    try {
      T result = work.call();
      transaction.commit();
      return result;
    } catch (Exception e) {
      transaction.rollback();
      throw e;
    }
  }
}

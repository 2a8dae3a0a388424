package org.clinicchat.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.net.http.HttpResponse;
import java.sql.Clob;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.AuditTrail;
import org.clinicchat.chat.Conversation;
import org.clinicchat.chat.Message;
import org.clinicchat.chat.Message.TextState;
import org.clinicchat.chat.Transcripts;
import org.clinicchat.security.PasswordHasher;
import org.clinicchat.testing.Deployments;
import org.clinicchat.testing.Markers;
import org.clinicchat.testing.PatientClient;
import org.clinicchat.testing.PatientClient.Visitor;
import org.clinicchat.testing.StaffSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Envelope encryption inside the server: tampered, swapped and copied ciphertexts fail to decrypt
 * and are shown as unreadable, erasure destroys one conversation's data key only, and a data key at
 * the NIST SP 800-38D limit of encryptions gets new material with its messages re-encrypted. Stored
 * values are changed with native SQL, the way an attacker with database access would.
 */
@ExtendWith(ArquillianExtension.class)
class EnvelopeEncryptionIT {

  private static final String CLINICIAN = "it-crypto-clinician";
  private static final String CLINICIAN_PASSWORD = "clinician checks unreadable 42";

  @PersistenceContext EntityManager entityManager;

  @Inject UserTransaction transaction;

  @Inject Transcripts transcripts;

  @Inject FieldEncryption fieldEncryption;

  @Inject KeyRing keyRing;

  @Inject AuditTrail auditTrail;

  @Inject PasswordHasher passwordHasher;

  /** The request of the Arquillian test runner, whose local port is the TLS listener's. */
  @Inject HttpServletRequest runnerRequest;

  @Deployment
  static WebArchive deployment() {
    return Deployments.clinicChatWithTestHelpers();
  }

  @Test
  void flippedBitFailsEveryTime() throws Exception {
    String conversation = conversationWith(Markers.unique("flip"));
    String messageId = messageIds(conversation).getFirst();
    String original = storedText(messageId);
    int bodyStart = original.lastIndexOf(':') + 1;
    byte[] body = Base64.getDecoder().decode(original.substring(bodyStart));
    List<String> accepted = new ArrayList<>();

    // Every fifth bit, so that nonce, ciphertext and tag are all hit in a few seconds; the unit
    // test flips every bit.
    for (int bit = 0; bit < body.length * 8; bit += 5) {
      byte[] tampered = body.clone();
      tampered[bit / 8] ^= (byte) (1 << (bit % 8));
      setStoredText(
          messageId,
          original.substring(0, bodyStart) + Base64.getEncoder().encodeToString(tampered));
      if (state(conversation, messageId) != TextState.UNREADABLE) {
        accepted.add("bit " + bit);
      }
    }
    setStoredText(messageId, original);

    assertEquals(List.of(), accepted, "flipped bits that still decrypted");
    assertEquals(TextState.READABLE, state(conversation, messageId), "original value reads");
  }

  @Test
  void swappedRowsFail() throws Exception {
    String conversation = conversationWith(Markers.unique("swap"));
    List<String> ids = messageIds(conversation);
    String first = storedText(ids.get(0));
    String second = storedText(ids.get(1));

    setStoredText(ids.get(0), second);
    setStoredText(ids.get(1), first);

    assertEquals(TextState.UNREADABLE, state(conversation, ids.get(0)));
    assertEquals(TextState.UNREADABLE, state(conversation, ids.get(1)));
  }

  @Test
  void copyFromOtherConversationFails() throws Exception {
    String source = conversationWith(Markers.unique("copy source"));
    String target = conversationWith(Markers.unique("copy target"));
    String targetId = messageIds(target).getFirst();

    setStoredText(targetId, storedText(messageIds(source).getFirst()));

    assertEquals(TextState.UNREADABLE, state(target, targetId));
  }

  @Test
  void decryptionFailureAudited() throws Exception {
    String conversation = conversationWith(Markers.unique("audit"));
    List<String> ids = messageIds(conversation);
    setStoredText(ids.get(0), storedText(ids.get(1)));

    state(conversation, ids.get(0));

    List<AuditAction> actions =
        entityManager
            .createQuery(
                "SELECT e.action FROM AuditEvent e WHERE e.resourceId = :id", AuditAction.class)
            .setParameter("id", ids.get(0))
            .getResultList();
    assertTrue(actions.contains(AuditAction.DECRYPTION_FAILED), () -> "events: " + actions);
  }

  @Test
  void v1ValueStillReads() throws Exception {
    String text = Markers.unique("legacy");
    String conversation = conversationWith(Markers.unique("v1"));
    String messageId = messageIds(conversation).getFirst();
    String kek = keyRing.activeKeyId();

    setStoredText(messageId, FieldCipher.encryptV1(text, kek, keyRing.key(kek)));

    assertEquals(text, message(conversation, messageId).getText());
  }

  @Test
  void erasureLeavesOthersReadable() throws Exception {
    String erasedText = Markers.unique("erase me");
    String keptText = Markers.unique("keep me");
    PatientClient patient = patient();
    Visitor visitor = patient.consent();
    String erased = patient.startConversation(visitor.token());
    assertEquals(201, patient.send(visitor.token(), erased, erasedText).status());
    String kept = conversationWith(keptText);

    inTransaction(() -> fieldEncryption.erase(erased));

    Object[] key = dataKeyRow(erased);
    assertNull(key[0], "the wrapped data key is gone from the database");
    assertNotNull(key[1], "the erasure time is recorded");
    assertEquals(TextState.ERASED, message(erased, messageIds(erased).getFirst()).getTextState());
    assertEquals(keptText, message(kept, messageIds(kept).getFirst()).getText());
    assertEquals(
        404, patient.send(visitor.token(), erased, "more").status(), "no new messages after");
  }

  @Test
  void dataKeyAtLimitRenewed() throws Exception {
    String first = Markers.unique("before renewal");
    PatientClient patient = patient();
    Visitor visitor = patient.consent();
    String conversation = patient.startConversation(visitor.token());
    assertEquals(201, patient.send(visitor.token(), conversation, first).status());
    String wrappedBefore = (String) dataKeyRow(conversation)[0];
    inTransaction(
        () ->
            entityManager
                .createNativeQuery(
                    "UPDATE data_key SET encryption_count = ?1 WHERE conversation_id = ?2")
                .setParameter(1, EncryptionLimit.MAX_ENCRYPTIONS)
                .setParameter(2, conversation)
                .executeUpdate());

    PatientClient.Reply sent = patient.send(visitor.token(), conversation, "second");

    assertEquals(201, sent.status(), sent::toString);
    List<String> ids = messageIds(conversation);
    assertEquals(4, ids.size(), "both exchanges are stored");
    assertEquals(first, message(conversation, ids.getFirst()).getText(), "old text re-encrypted");
    assertEquals("second", message(conversation, ids.get(2)).getText(), "new text readable");
    assertEquals(4L, encryptionCount(conversation), "the count starts again with the new key");
    assertNotEquals(wrappedBefore, dataKeyRow(conversation)[0], "the data key was replaced");
  }

  private long encryptionCount(String conversation) {
    return ((Number)
            entityManager
                .createNativeQuery(
                    "SELECT encryption_count FROM data_key WHERE conversation_id = ?1")
                .setParameter(1, conversation)
                .getSingleResult())
        .longValue();
  }

  @Test
  void transcriptPageShowsUnreadable() throws Exception {
    String intact = Markers.unique("intact");
    PatientClient patient = patient();
    Visitor visitor = patient.consent();
    String conversation = patient.startConversation(visitor.token());
    assertEquals(201, patient.send(visitor.token(), conversation, "damaged").status());
    assertEquals(201, patient.send(visitor.token(), conversation, intact).status());
    List<String> ids = messageIds(conversation);
    setStoredText(ids.get(0), storedText(ids.get(1)));
    ensureClinician();
    // The page reads through the shared entity cache, which still contains the value before the
    // SQL.
    entityManager.getEntityManagerFactory().getCache().evictAll();

    StaffSession clinician =
        StaffSession.signInInsideServer(
            runnerRequest.getLocalPort(), CLINICIAN, CLINICIAN_PASSWORD);
    HttpResponse<String> page =
        clinician.get("admin/conversations/transcript.xhtml?id=" + conversation);

    assertEquals(200, page.statusCode());
    assertEquals(1, occurrences(page.body(), "class=\"unreadable\""), page::body);
    assertTrue(page.body().contains(intact), "the other messages are shown");
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }

  /** Creates a clinician account with SQL, which closes no setup, unless an earlier run did. */
  private void ensureClinician() throws Exception {
    Number existing =
        (Number)
            entityManager
                .createNativeQuery("SELECT COUNT(*) FROM staff_account WHERE username = ?1")
                .setParameter(1, CLINICIAN)
                .getSingleResult();
    if (existing.longValue() > 0) {
      return;
    }
    String hash = passwordHasher.hash(CLINICIAN_PASSWORD.toCharArray());
    inTransaction(
        () -> {
          entityManager
              .createNativeQuery(
                  "INSERT INTO staff_account (username, password_hash, enabled, created_at)"
                      + " VALUES (?1, ?2, ?3, ?4)")
              .setParameter(1, CLINICIAN)
              .setParameter(2, hash)
              .setParameter(3, Boolean.TRUE)
              .setParameter(4, Timestamp.from(Instant.now()))
              .executeUpdate();
          return entityManager
              .createNativeQuery("INSERT INTO staff_role (username, role) VALUES (?1, ?2)")
              .setParameter(1, CLINICIAN)
              .setParameter(2, "CLINICIAN")
              .executeUpdate();
        });
  }

  private String conversationWith(String text) {
    PatientClient patient = patient();
    Visitor visitor = patient.consent();
    String conversation = patient.startConversation(visitor.token());
    PatientClient.Reply sent = patient.send(visitor.token(), conversation, text);
    assertEquals(201, sent.status(), sent::toString);
    return conversation;
  }

  private PatientClient patient() {
    return PatientClient.insideServer(runnerRequest.getLocalPort());
  }

  private TextState state(String conversation, String messageId) {
    return message(conversation, messageId).getTextState();
  }

  /** Reads a conversation the way the transcript pages do, past any cached entity. */
  private Message message(String conversation, String messageId) {
    entityManager.getEntityManagerFactory().getCache().evictAll();
    List<Message> messages =
        transcripts.messages(entityManager.find(Conversation.class, conversation));
    return messages.stream()
        .filter(message -> message.getId().equals(messageId))
        .findFirst()
        .orElseThrow();
  }

  private List<String> messageIds(String conversation) {
    List<?> ids =
        entityManager
            .createNativeQuery(
                "SELECT id FROM chat_message WHERE conversation_id = ?1 ORDER BY seq_no")
            .setParameter(1, conversation)
            .getResultList();
    return ids.stream().map(String.class::cast).toList();
  }

  private Object[] dataKeyRow(String conversation) {
    return (Object[])
        entityManager
            .createNativeQuery(
                "SELECT wrapped_key, erased_at FROM data_key WHERE conversation_id = ?1")
            .setParameter(1, conversation)
            .getSingleResult();
  }

  private String storedText(String messageId) {
    Object value =
        entityManager
            .createNativeQuery("SELECT text_ciphertext FROM chat_message WHERE id = ?1")
            .setParameter(1, messageId)
            .getSingleResult();
    if (value instanceof Clob clob) {
      try {
        return clob.getSubString(1, (int) clob.length());
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot read a text_ciphertext value", e);
      }
    }
    return (String) value;
  }

  private void setStoredText(String messageId, String value) throws Exception {
    int updated =
        inTransaction(
            () ->
                entityManager
                    .createNativeQuery("UPDATE chat_message SET text_ciphertext = ?1 WHERE id = ?2")
                    .setParameter(1, value)
                    .setParameter(2, messageId)
                    .executeUpdate());
    assertNotEquals(0, updated, "the message row exists");
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

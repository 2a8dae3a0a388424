package org.clinicchat.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.KeyGenerator;
import org.clinicchat.chat.Conversation;
import org.clinicchat.chat.Message;
import org.clinicchat.chat.Transcripts;
import org.clinicchat.testing.Deployments;
import org.clinicchat.testing.PatientClient;
import org.clinicchat.testing.PatientClient.Visitor;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The key rotation job inside the server. The test adds a key-encryption key (KEK) to the keystore
 * file as an administrator does with keytool. It puts data keys and a v1 value under that KEK, as
 * if it had been the active key before, and runs the job while patients keep sending messages.
 * Afterwards every data key is wrapped by the active KEK and every message reads. A job whose chunk
 * fails, through a test hook, resumes from its last checkpoint when restarted.
 */
@ExtendWith(ArquillianExtension.class)
class KeyRotationIT {

  private static final Duration JOB_TIMEOUT = Duration.ofSeconds(120);
  private static final int CONVERSATIONS = 6;
  private static final int CONCURRENT_MESSAGES = 10;
  private static final int CRASH_DATA_KEYS = 120;

  @PersistenceContext EntityManager entityManager;

  @Inject UserTransaction transaction;

  @Inject FieldEncryption fieldEncryption;

  @Inject KeyRing keyRing;

  @Inject Transcripts transcripts;

  @Inject HttpServletRequest runnerRequest;

  @Deployment
  static WebArchive deployment() {
    return Deployments.clinicChatWithTestHelpers();
  }

  @Test
  void rotationLeavesEveryRowReadable() throws Exception {
    String retiredKek = "retired-" + UUID.randomUUID().toString().substring(0, 8);
    String newKek = "new-" + UUID.randomUUID().toString().substring(0, 8);
    addKeyToKeystore(retiredKek);
    PatientClient patient = PatientClient.insideServer(runnerRequest.getLocalPort());
    Visitor visitor = patient.consent();
    List<String> conversations = new ArrayList<>();
    for (int i = 0; i < CONVERSATIONS; i++) {
      String conversation = patient.startConversation(visitor.token());
      assertEquals(201, patient.send(visitor.token(), conversation, "before " + i).status());
      conversations.add(conversation);
    }
    String legacyMessage = firstMessageId(conversations.getFirst());
    putUnder(retiredKek, conversations, legacyMessage);
    assertTrue(count("SELECT COUNT(*) FROM data_key WHERE kek_id = ?1", retiredKek) > 0);
    keyRing.addKey(newKek);
    keyRing.activate(newKek);
    assertEquals(newKek, keyRing.activeKeyId(), "the new key is active without a restart");

    long execution = BatchRuntime.getJobOperator().start(KeyRotation.JOB_NAME, new Properties());
    List<String> problems = sendDuringJob(patient, visitor, conversations, execution);
    JobExecution finished = awaitEnd(execution);

    assertEquals(BatchStatus.COMPLETED, finished.getBatchStatus());
    assertEquals(List.of(), problems, "sends and reads while the job ran");
    assertEquals(
        0L,
        count("SELECT COUNT(*) FROM data_key WHERE kek_id = ?1", retiredKek),
        "no data key is wrapped by the retired KEK");
    assertEquals(
        0L,
        count(
            "SELECT COUNT(*) FROM data_key WHERE wrapped_key IS NOT NULL AND kek_id <> ?1", newKek),
        "every data key is wrapped by the new KEK");
    assertEquals(
        0L,
        count("SELECT COUNT(*) FROM chat_message WHERE text_ciphertext LIKE ?1", "v1:%"),
        "no message text is left in format v1");
    for (String conversation : conversations) {
      assertEquals(List.of(), unreadable(conversation), "unreadable in " + conversation);
    }
    assertEquals("before 0", messageText(conversations.getFirst(), legacyMessage));
  }

  @Test
  void failedJobResumesFromCheckpoint() throws Exception {
    String retiredKek = "crashed-" + UUID.randomUUID().toString().substring(0, 8);
    addKeyToKeystore(retiredKek);
    List<String> dataKeys = dataKeysUnder(retiredKek, CRASH_DATA_KEYS);
    // Past the first chunk of 50, so that at least one chunk commits before the failure.
    String failAt = dataKeys.get(CRASH_DATA_KEYS / 2);
    PatientClient patient = PatientClient.insideServer(runnerRequest.getLocalPort());
    Visitor visitor = patient.consent();
    List<String> conversations = List.of(patient.startConversation(visitor.token()));

    System.setProperty(DataKeyRewrapWriter.FAIL_AT_PROPERTY, failAt);
    JobExecution failed;
    try {
      long first = BatchRuntime.getJobOperator().start(KeyRotation.JOB_NAME, new Properties());
      failed = awaitEnd(first);
    } finally {
      System.clearProperty(DataKeyRewrapWriter.FAIL_AT_PROPERTY);
    }
    Map<String, Object> doneBefore = wrappedAtUnderActiveKek(dataKeys);
    long restarted =
        BatchRuntime.getJobOperator().restart(failed.getExecutionId(), new Properties());
    List<String> problems = sendDuringJob(patient, visitor, conversations, restarted);
    JobExecution finished = awaitEnd(restarted);

    assertEquals(BatchStatus.FAILED, failed.getBatchStatus(), "the chunk hook fails the job");
    assertTrue(doneBefore.size() >= 50, () -> "chunks committed before: " + doneBefore.size());
    assertTrue(doneBefore.size() < CRASH_DATA_KEYS, () -> "keys done before: " + doneBefore.size());
    assertEquals(BatchStatus.COMPLETED, finished.getBatchStatus());
    assertEquals(List.of(), problems, "sends and reads while the job ran");
    assertEquals(
        0L,
        count("SELECT COUNT(*) FROM data_key WHERE kek_id = ?1", retiredKek),
        "no data key is left under the retired KEK");
    Map<String, Object> doneAfter = wrappedAtUnderActiveKek(dataKeys);
    assertEquals(
        List.of(),
        doneBefore.keySet().stream()
            .filter(id -> !doneBefore.get(id).equals(doneAfter.get(id)))
            .toList(),
        "keys re-wrapped before the failure that were re-wrapped again");
    assertEquals(
        List.of("data-key-rewrap"),
        stepNames(restarted),
        "the restart runs only the step that failed");
    assertEquals(List.of(), unreadable(conversations.getFirst()));
  }

  /**
   * Creates data keys for new owners and wraps them under a KEK that is not the active one; returns
   * their ids in ascending order, the order the job reads them in.
   */
  private List<String> dataKeysUnder(String kekId, int count) throws Exception {
    transaction.begin();
    List<String> owners = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String owner = UUID.randomUUID().toString();
      fieldEncryption.sealerFor(owner);
      owners.add(owner);
    }
    List<String> ids = new ArrayList<>();
    for (String owner : owners) {
      DataKey dataKey =
          entityManager
              .createQuery("SELECT d FROM DataKey d WHERE d.conversationId = :id", DataKey.class)
              .setParameter("id", owner)
              .getSingleResult();
      fieldEncryption.wrap(dataKey, fieldEncryption.unwrap(dataKey), kekId);
      ids.add(dataKey.getId());
    }
    transaction.commit();
    return ids.stream().sorted().toList();
  }

  /** Returns when each of the data keys that the active KEK wraps was wrapped, by id. */
  private Map<String, Object> wrappedAtUnderActiveKek(List<String> dataKeyIds) {
    Map<String, Object> wrappedAt = new HashMap<>();
    List<?> rows =
        inTransaction(
            () ->
                entityManager
                    .createNativeQuery("SELECT id, wrapped_at FROM data_key WHERE kek_id = ?1")
                    .setParameter(1, keyRing.activeKeyId())
                    .getResultList());
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      if (dataKeyIds.contains((String) columns[0])) {
        wrappedAt.put((String) columns[0], columns[1]);
      }
    }
    return wrappedAt;
  }

  private static List<String> stepNames(long execution) {
    return BatchRuntime.getJobOperator().getStepExecutions(execution).stream()
        .map(StepExecution::getStepName)
        .toList();
  }

  /** Adds an AES-256 key to the server's field-encryption keystore file, as keytool does. */
  private static void addKeyToKeystore(String alias) throws Exception {
    Path file = Path.of(System.getProperty(KeyRing.PROPERTY_KEYSTORE));
    char[] password = System.getProperty("clinicchat.crypto.keystore-password").toCharArray();
    KeyStore store = Pkcs12Keystores.read(file, password, KeyRing.PROPERTY_KEYSTORE);
    KeyGenerator generator = KeyGenerator.getInstance("AES");
    generator.init(256);
    store.setEntry(
        alias,
        new KeyStore.SecretKeyEntry(generator.generateKey()),
        new KeyStore.PasswordProtection(password));
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, password);
    }
  }

  /**
   * Wraps the conversations' data keys under the retired KEK and stores one message in format v1
   * under it, the state that data written before the rotation is in.
   */
  private void putUnder(String retiredKek, List<String> conversations, String legacyMessage)
      throws Exception {
    transaction.begin();
    for (String conversation : conversations) {
      DataKey dataKey =
          entityManager
              .createQuery("SELECT d FROM DataKey d WHERE d.conversationId = :id", DataKey.class)
              .setParameter("id", conversation)
              .getSingleResult();
      fieldEncryption.wrap(dataKey, fieldEncryption.unwrap(dataKey), retiredKek);
    }
    entityManager
        .createNativeQuery("UPDATE chat_message SET text_ciphertext = ?1 WHERE id = ?2")
        .setParameter(1, FieldCipher.encryptV1("before 0", retiredKek, keyRing.key(retiredKek)))
        .setParameter(2, legacyMessage)
        .executeUpdate();
    transaction.commit();
    entityManager.getEntityManagerFactory().getCache().evictAll();
  }

  /**
   * Sends messages to the conversations and reads their transcripts from other threads while the
   * job runs. Returns what went wrong: a send without 201, a read without 200, or a read that
   * showed an unreadable message.
   */
  private static List<String> sendDuringJob(
      PatientClient patient, Visitor visitor, List<String> conversations, long execution)
      throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(2);
    try {
      List<Future<String>> calls = new ArrayList<>();
      for (int i = 0; i < CONCURRENT_MESSAGES; i++) {
        String conversation = conversations.get(i % conversations.size());
        String text = "during " + execution + " " + i;
        calls.add(clients.submit(() -> sendProblem(patient, visitor, conversation, text)));
        calls.add(clients.submit(() -> readProblem(patient, visitor, conversation)));
      }
      List<String> problems = new ArrayList<>();
      for (Future<String> call : calls) {
        if (call.get() != null) {
          problems.add(call.get());
        }
      }
      return problems;
    } finally {
      clients.shutdown();
    }
  }

  private static String sendProblem(
      PatientClient patient, Visitor visitor, String conversation, String text) {
    PatientClient.Reply sent = patient.send(visitor.token(), conversation, text);
    return sent.status() == 201 ? null : "send to " + conversation + ": " + sent;
  }

  private static String readProblem(PatientClient patient, Visitor visitor, String conversation) {
    PatientClient.Reply read = patient.transcript(visitor.token(), conversation);
    if (read.status() != 200) {
      return "read of " + conversation + ": " + read;
    }
    return read.body().contains("\"UNREADABLE\"") ? "unreadable in " + conversation : null;
  }

  private static JobExecution awaitEnd(long execution) throws InterruptedException {
    Instant deadline = Instant.now().plus(JOB_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      JobExecution current = BatchRuntime.getJobOperator().getJobExecution(execution);
      BatchStatus status = current.getBatchStatus();
      if (status == BatchStatus.COMPLETED
          || status == BatchStatus.FAILED
          || status == BatchStatus.STOPPED
          || status == BatchStatus.ABANDONED) {
        return current;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("Key rotation " + execution + " did not end in " + JOB_TIMEOUT);
  }

  private List<String> unreadable(String conversation) {
    return messages(conversation).stream()
        .filter(message -> !message.isReadable())
        .map(message -> message.getId() + " " + message.getTextState())
        .toList();
  }

  private String messageText(String conversation, String messageId) {
    return messages(conversation).stream()
        .filter(message -> message.getId().equals(messageId))
        .findFirst()
        .orElseThrow()
        .getText();
  }

  private List<Message> messages(String conversation) {
    entityManager.getEntityManagerFactory().getCache().evictAll();
    return inTransaction(
        () -> transcripts.messages(entityManager.find(Conversation.class, conversation)));
  }

  private String firstMessageId(String conversation) {
    return inTransaction(
        () ->
            (String)
                entityManager
                    .createNativeQuery(
                        "SELECT id FROM chat_message WHERE conversation_id = ?1 ORDER BY seq_no")
                    .setParameter(1, conversation)
                    .setMaxResults(1)
                    .getSingleResult());
  }

  private long count(String sql, Object parameter) {
    Number count =
        inTransaction(
            () ->
                (Number)
                    entityManager
                        .createNativeQuery(sql)
                        .setParameter(1, parameter)
                        .getSingleResult());
    return count.longValue();
  }

  /**
   * Runs database reads in a transaction.
   *
   * <p>NOTE: with reads outside a transaction, this test's request failed after the test with
   * "Attempting to execute an operation on a closed EntityManager" from Payara's cleanup of
   * non-transactional entity managers. The cause was not found.
   */
  private <T> T inTransaction(Callable<T> work) {
    try {
      transaction.begin();
      try {
        return work.call();
      } finally {
        transaction.commit();
      }
    } catch (Exception e) {
      throw new IllegalStateException("A read in a transaction failed", e);
    }
  }
}

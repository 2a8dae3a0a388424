package org.clinicchat.audit.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline verifier as an auditor runs it: a keystore made by the JDK's keytool, an export file
 * written line by line, and the tool's output and exit status.
 */
class VerifyAuditExportTest {

  private static final String PASSWORD = "offline-verifier-test";
  private static final Map<String, String> ENVIRONMENT =
      Map.of(VerifyAuditExport.PASSWORD_VARIABLE, PASSWORD);

  @TempDir static Path folder;
  private static Path keystore;
  private static AuditKeys keys;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeAll
  static void createKeystore() throws IOException, InterruptedException {
    keystore = folder.resolve("audit-keys.p12");
    keytool("-genseckey", "-alias", "audit-mac-1", "-keyalg", "HmacSHA256", "-keysize", "256");
    keytool(
        "-genkeypair",
        "-alias",
        "audit-checkpoint",
        "-keyalg",
        "EC",
        "-groupname",
        "secp256r1",
        "-dname",
        "CN=audit checkpoints");
    keys = AuditKeys.read(keystore, PASSWORD.toCharArray(), "audit-mac-1", "audit-checkpoint");
  }

  @Test
  void intactExportPasses() throws IOException {
    Path export = export(chain());

    assertEquals(0, run(keyArgs(export)));
    assertTrue(output().startsWith("Chain intact: 20 events"), output());
  }

  @Test
  void editedLineReported() throws IOException {
    List<AuditRecord> chain = chain();
    chain.set(6, AuditChainVerifierTest.withActor(chain.get(6), "someone-else"));

    assertEquals(1, run(keyArgs(export(chain))));
    assertTrue(output().startsWith("Chain broken at event 7 (sequence 7)"), output());
  }

  @Test
  void forgedSealNeedsKey() throws IOException {
    List<AuditRecord> chain = chain();
    AuditRecord last = AuditChainVerifierTest.withActor(chain.getLast(), "someone-else");
    chain.set(19, new AuditSeal(TestChains.OTHER_KEY).seal(last, last.previousHash()));
    Path export = export(chain);

    assertEquals(0, run(List.of(export.toString())), "without the key only links are checked");
    assertEquals(1, run(keyArgs(export)), "with the key the forged seal is found");
  }

  @Test
  void signedCheckpointAccepted() throws IOException {
    List<AuditRecord> chain = chain();
    Path checkpoints = checkpointFile(chain.get(9), keys);

    assertEquals(0, run(checkpointArgs(export(chain), checkpoints)), this::output);
  }

  @Test
  void truncationBelowCheckpointReported() throws IOException {
    List<AuditRecord> chain = chain();
    Path checkpoints = checkpointFile(chain.get(14), keys);

    assertEquals(1, run(checkpointArgs(export(chain.subList(0, 10)), checkpoints)));
    assertTrue(output().contains("differs from the signed checkpoint"), output());
  }

  @Test
  void forgedCheckpointSignatureReported() throws IOException {
    List<AuditRecord> chain = chain();
    ChainCheckpoint signed =
        ChainCheckpoint.sign(anchor(chain.get(9)), Instant.EPOCH, keys.checkpointKey());
    ChainCheckpoint moved =
        new ChainCheckpoint(anchor(chain.get(8)), Instant.EPOCH, signed.signature());
    Path checkpoints = folder.resolve("forged-checkpoints.jsonl");
    Files.writeString(checkpoints, moved.toJson() + "\n");

    assertEquals(1, run(checkpointArgs(export(chain), checkpoints)));
    assertTrue(output().startsWith("Checkpoint signature invalid"), output());
  }

  @Test
  void missingPasswordIsUsageError() throws IOException {
    int status =
        VerifyAuditExport.run(
            keyArgs(export(chain())), name -> null, new PrintStream(out), new PrintStream(err));

    assertEquals(2, status);
    assertTrue(errors().startsWith("Set CLINICCHAT_AUDIT_KEYSTORE_PASSWORD"), errors());
  }

  @Test
  void wrongAliasIsUsageError() throws IOException {
    Path export = export(chain());

    int status =
        run(List.of("--keystore", keystore.toString(), "--mac-alias", "nope", export.toString()));

    assertEquals(2, status);
    assertTrue(errors().startsWith("The audit keystore has no secret key with alias 'nope'"));
  }

  @Test
  void malformedLineNamed() throws IOException {
    Path export = export(chain());
    Files.writeString(export, "not json\n", java.nio.file.StandardOpenOption.APPEND);

    assertEquals(2, run(keyArgs(export)));
    assertTrue(errors().startsWith("Line 21: Invalid JSON"), errors());
  }

  @Test
  void missingExportIsUsageError() {
    assertEquals(2, run(List.of()));
    assertTrue(errors().startsWith("Missing the export file"), errors());
  }

  /** Returns a chain of 20 events sealed with the keystore's audit key. */
  private static List<AuditRecord> chain() {
    return new ArrayList<>(TestChains.chain(20, new Random(11), keys.macKey()));
  }

  private static ChainAnchor anchor(AuditRecord event) {
    return new ChainAnchor(event.sequence(), event.eventHash());
  }

  private static Path export(List<AuditRecord> chain) throws IOException {
    List<String> lines = chain.stream().map(AuditRecordJson::write).toList();
    Path file = Files.createTempFile(folder, "audit-", ".jsonl");
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  private Path checkpointFile(AuditRecord event, AuditKeys signer) throws IOException {
    Path file = Files.createTempFile(folder, "checkpoints-", ".jsonl");
    ChainCheckpoint older =
        ChainCheckpoint.sign(
            new ChainAnchor(1, AuditSeal.GENESIS_HASH.replace('0', 'a')),
            Instant.EPOCH,
            signer.checkpointKey());
    ChainCheckpoint newest =
        ChainCheckpoint.sign(anchor(event), Instant.EPOCH, signer.checkpointKey());
    Files.writeString(file, older.toJson() + "\n" + newest.toJson() + "\n");
    return file;
  }

  private static List<String> keyArgs(Path export) {
    return List.of(
        "--keystore", keystore.toString(), "--mac-alias", "audit-mac-1", export.toString());
  }

  private static List<String> checkpointArgs(Path export, Path checkpoints) {
    return List.of(
        "--keystore",
        keystore.toString(),
        "--mac-alias",
        "audit-mac-1",
        "--checkpoints",
        checkpoints.toString(),
        "--checkpoint-alias",
        "audit-checkpoint",
        export.toString());
  }

  private int run(List<String> args) {
    out.reset();
    err.reset();
    return VerifyAuditExport.run(
        args, ENVIRONMENT::get, new PrintStream(out), new PrintStream(err));
  }

  private String output() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String errors() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private static void keytool(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(args));
    command.addAll(
        List.of(
            "-noprompt",
            "-storetype",
            "PKCS12",
            "-keystore",
            keystore.toString(),
            "-storepass",
            PASSWORD));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException("keytool failed: " + output);
    }
  }
}

package org.clinicchat.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.clinicchat.audit.chain.ChainAnchor;
import org.clinicchat.audit.chain.ChainCheckpoint;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The file of signed checkpoints outside the database, one JSON line per verified head, appended
 * only. The file can be shipped to write-once storage; the offline verifier reads its last line.
 */
@ApplicationScoped
public class AuditCheckpoints {

  static final String PROPERTY_FILE = "clinicchat.audit.checkpoint-file";

  @Inject
  @ConfigProperty(name = PROPERTY_FILE)
  String checkpointFile;

  @Inject AuditKeyring keyring;

  /** Signs a checkpoint of the head and appends it to the file. */
  public synchronized ChainCheckpoint append(ChainAnchor head, Instant verifiedAt) {
    ChainCheckpoint checkpoint =
        ChainCheckpoint.sign(head, verifiedAt, keyring.keys().checkpointKey());
    Path file = Path.of(checkpointFile);
    try {
      Path folder = file.toAbsolutePath().getParent();
      Files.createDirectories(folder);
      if (Files.notExists(file)) {
        createPrivate(file);
      }
      Files.writeString(
          file,
          checkpoint.toJson() + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.APPEND,
          StandardOpenOption.SYNC);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot append to the file named by " + PROPERTY_FILE, e);
    }
    return checkpoint;
  }

  /**
   * Returns the newest checkpoint, or null if none was written yet. Its signature is not checked.
   *
   * @throws IllegalArgumentException if the last line is not a checkpoint
   */
  public ChainCheckpoint newest() {
    Path file = Path.of(checkpointFile);
    if (Files.notExists(file)) {
      return null;
    }
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String newest = null;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          newest = line;
        }
      }
      return newest == null ? null : ChainCheckpoint.fromJson(newest);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the file named by " + PROPERTY_FILE, e);
    }
  }

  private static void createPrivate(Path file) throws IOException {
    try {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: the folder's own permissions protect the file.
      Files.createFile(file);
    }
  }
}

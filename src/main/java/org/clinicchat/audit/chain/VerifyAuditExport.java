package org.clinicchat.audit.chain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Verifies a JSON Lines export of the whole audit chain offline, without the server or the
 * database:
 *
 * <pre>
 * CLINICCHAT_AUDIT_KEYSTORE_PASSWORD=... java -cp target/classes \
 *     org.clinicchat.audit.chain.VerifyAuditExport \
 *     [--keystore audit-keys.p12 --mac-alias audit-mac-1]
 *     [--checkpoints audit-checkpoints.jsonl --checkpoint-alias audit-checkpoint] audit.jsonl
 * </pre>
 *
 * <p>The password comes from the environment so that it never shows in a process list. Without
 * {@code --keystore}, only hashes and links are checked. With {@code --checkpoints}, the newest
 * checkpoint's signature is checked and the export must contain its head. Exit status: 0 intact, 1
 * broken or a checkpoint signature invalid, 2 bad usage or an unreadable file.
 */
public final class VerifyAuditExport {

  /** The environment variable with the audit keystore's password. */
  public static final String PASSWORD_VARIABLE = "CLINICCHAT_AUDIT_KEYSTORE_PASSWORD";

  static final int EXIT_INTACT = 0;
  static final int EXIT_BROKEN = 1;
  static final int EXIT_USAGE = 2;

  private static final String USAGE =
      "usage: VerifyAuditExport [--keystore FILE --mac-alias ALIAS]"
          + " [--checkpoints FILE --checkpoint-alias ALIAS] EXPORT.jsonl\n"
          + "  the keystore password is read from the environment variable "
          + PASSWORD_VARIABLE;

  private VerifyAuditExport() {}

  public static void main(String[] args) {
    System.exit(run(List.of(args), System::getenv, System.out, System.err));
  }

  /** Runs the tool and returns its exit status; {@code environment} returns variables by name. */
  public static int run(
      List<String> args, Function<String, String> environment, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(USAGE);
      return EXIT_USAGE;
    }
    try {
      return verify(options, environment, out, err);
    } catch (AuditKeyException | IllegalArgumentException e) {
      err.println(e.getMessage());
      return EXIT_USAGE;
    } catch (UncheckedIOException e) {
      err.println("Cannot read a file: " + e.getCause().getMessage());
      return EXIT_USAGE;
    }
  }

  private static int verify(
      Options options, Function<String, String> environment, PrintStream out, PrintStream err) {
    AuditKeys keys = null;
    if (options.keystore != null) {
      String password = environment.apply(PASSWORD_VARIABLE);
      if (password == null) {
        throw new IllegalArgumentException(
            "Set " + PASSWORD_VARIABLE + " to the password of " + options.keystore);
      }
      keys =
          AuditKeys.read(
              options.keystore, password.toCharArray(), options.macAlias, options.checkpointAlias);
    }

    ChainAnchor checkpoint = null;
    if (options.checkpoints != null) {
      ChainCheckpoint newest = newestCheckpoint(options.checkpoints);
      if (keys == null || keys.checkpointPublicKey() == null) {
        throw new IllegalArgumentException(
            "--checkpoints needs --keystore and --checkpoint-alias to check its signature");
      }
      if (!newest.isSignedBy(keys.checkpointPublicKey())) {
        out.println("Checkpoint signature invalid: " + options.checkpoints);
        return EXIT_BROKEN;
      }
      checkpoint = newest.head();
    }

    AuditSeal seal = new AuditSeal(keys == null ? null : keys.macKey());
    ChainVerification result;
    try (BufferedReader reader = Files.newBufferedReader(options.export, StandardCharsets.UTF_8)) {
      result = new AuditChainVerifier(seal).verify(new ExportLines(reader), checkpoint, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println(result.summary());
    if (checkpoint != null && result.intact()) {
      out.println("Contains the signed checkpoint at sequence " + checkpoint.sequence());
    }
    return result.intact() ? EXIT_INTACT : EXIT_BROKEN;
  }

  private static ChainCheckpoint newestCheckpoint(Path file) {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String newest = null;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          newest = line;
        }
      }
      if (newest == null) {
        throw new IllegalArgumentException("The checkpoint file " + file + " is empty");
      }
      return ChainCheckpoint.fromJson(newest);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The events of an export, one per non-blank line, read lazily so a large export needs little
   * memory.
   */
  private static final class ExportLines implements Iterator<AuditRecord> {
    private final BufferedReader reader;
    private String next;
    private long lineNumber;

    ExportLines(BufferedReader reader) {
      this.reader = reader;
    }

    @Override
    public boolean hasNext() {
      try {
        while (next == null) {
          String line = reader.readLine();
          if (line == null) {
            return false;
          }
          lineNumber++;
          if (!line.isBlank()) {
            next = line;
          }
        }
        return true;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public AuditRecord next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      String line = next;
      next = null;
      try {
        return AuditRecordJson.read(line);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Line " + lineNumber + ": " + e.getMessage(), e);
      }
    }
  }

  private record Options(
      Path keystore, String macAlias, Path checkpoints, String checkpointAlias, Path export) {

    static Options parse(List<String> args) {
      Deque<String> rest = new ArrayDeque<>(args);
      Path keystore = null;
      Path checkpoints = null;
      String macAlias = null;
      String checkpointAlias = null;
      Path export = null;
      while (!rest.isEmpty()) {
        String arg = rest.removeFirst();
        switch (arg) {
          case "--keystore" -> keystore = Path.of(value(rest, arg));
          case "--mac-alias" -> macAlias = value(rest, arg);
          case "--checkpoints" -> checkpoints = Path.of(value(rest, arg));
          case "--checkpoint-alias" -> checkpointAlias = value(rest, arg);
          default -> {
            if (arg.startsWith("--") || export != null) {
              throw new IllegalArgumentException("Unexpected argument: " + arg);
            }
            export = Path.of(arg);
          }
        }
      }
      if (export == null) {
        throw new IllegalArgumentException("Missing the export file");
      }
      if (keystore != null && macAlias == null) {
        throw new IllegalArgumentException("--keystore needs --mac-alias");
      }
      return new Options(keystore, macAlias, checkpoints, checkpointAlias, export);
    }

    private static String value(Deque<String> rest, String option) {
      if (rest.isEmpty()) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return rest.removeFirst();
    }
  }
}

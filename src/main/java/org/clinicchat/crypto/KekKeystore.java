package org.clinicchat.crypto;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

/**
 * The PKCS12 keystore file of the key-encryption keys (KEKs) and the file beside it that names the
 * active KEK. Both live outside the database, so a database administrator can neither read a KEK
 * nor choose which one wraps new data keys.
 *
 * <p>Changes take an exclusive lock on {@code KEYSTORE.lock} and replace the files atomically, so
 * two servers, or a server and keytool run by hand, never leave a half-written keystore. The active
 * key file ({@code KEYSTORE.active-key-id}) contains one key id and overrides the configured
 * starting value once it exists.
 */
final class KekKeystore {

  /** Key ids: letters, digits, dot, underscore and hyphen, as keytool aliases allow everywhere. */
  static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  private static final int KEK_BITS = 256;

  private final Path keystore;
  private final char[] password;

  KekKeystore(Path keystore, char[] password) {
    this.keystore = keystore;
    this.password = password.clone();
  }

  Path file() {
    return keystore;
  }

  /** Returns the file that names the active key, beside the keystore. */
  Path activeKeyFile() {
    return keystore.resolveSibling(keystore.getFileName() + ".active-key-id");
  }

  /** Reads every AES key of the keystore by alias. */
  Map<String, SecretKey> readKeys() {
    return KeyRing.readKeys(keystore, new String(password));
  }

  /** Returns the key id that the active key file names, or empty if there is no such file. */
  Optional<String> readActiveKeyId() {
    try {
      String id = Files.readString(activeKeyFile(), StandardCharsets.UTF_8).strip();
      return id.isEmpty() ? Optional.empty() : Optional.of(id);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new KeyNotFoundException("Cannot read the active key file " + activeKeyFile(), e);
    }
  }

  /**
   * Generates an AES-256 key under a new alias and stores it in the keystore.
   *
   * @throws KeyAdministrationException if the id is not a valid alias or is taken
   */
  void addKey(String keyId) {
    requireValidId(keyId);
    withLock(
        () -> {
          KeyStore store = Pkcs12Keystores.read(keystore, password, KeyRing.PROPERTY_KEYSTORE);
          if (store.containsAlias(keyId)) {
            throw new KeyAdministrationException(
                "The keystore already has a key with id '" + keyId + "'; choose another id.");
          }
          store.setEntry(
              keyId,
              new KeyStore.SecretKeyEntry(newKek()),
              new KeyStore.PasswordProtection(password));
          replace(keystore, out -> store.store(out, password));
        });
  }

  /** Removes a key from the keystore; the caller has checked that nothing uses it. */
  void deleteKey(String keyId) {
    withLock(
        () -> {
          KeyStore store = Pkcs12Keystores.read(keystore, password, KeyRing.PROPERTY_KEYSTORE);
          if (!store.containsAlias(keyId)) {
            throw new KeyAdministrationException(
                "The keystore has no key with id '" + keyId + "'.");
          }
          store.deleteEntry(keyId);
          replace(keystore, out -> store.store(out, password));
        });
  }

  /** Names the active key in the active key file; the caller has checked that the key exists. */
  void writeActiveKeyId(String keyId) {
    requireValidId(keyId);
    withLock(
        () ->
            replace(
                activeKeyFile(),
                out -> out.write((keyId + "\n").getBytes(StandardCharsets.UTF_8))));
  }

  static void requireValidId(String keyId) {
    if (keyId == null || !KEY_ID.matcher(keyId).matches()) {
      throw new KeyAdministrationException(
          "A key id is 1 to 100 letters, digits, dots, underscores or hyphens, starting with a"
              + " letter or digit, for example field-key-2.");
    }
  }

  private static SecretKey newKek() throws GeneralSecurityException {
    KeyGenerator generator = KeyGenerator.getInstance("AES");
    generator.init(KEK_BITS);
    return generator.generateKey();
  }

  private interface FileWork {
    void run() throws IOException, GeneralSecurityException;
  }

  private interface Writer {
    void write(OutputStream out) throws IOException, GeneralSecurityException;
  }

  private void withLock(FileWork work) {
    Path lockFile = keystore.resolveSibling(keystore.getFileName() + ".lock");
    try (FileChannel channel =
            FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.lock()) {
      work.run();
    } catch (IOException | GeneralSecurityException e) {
      throw new KeyAdministrationException(
          "Cannot change the keystore named by "
              + KeyRing.PROPERTY_KEYSTORE
              + "; check that the server's user may write its folder.",
          e);
    }
  }

  /** Writes a file beside the target and moves it over the target in one step. */
  private static void replace(Path target, Writer writer)
      throws IOException, GeneralSecurityException {
    Path temporary = Files.createTempFile(target.toAbsolutePath().getParent(), ".kek-", ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(temporary)) {
        writer.write(out);
      }
      Files.move(
          temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}

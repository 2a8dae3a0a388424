package org.clinicchat.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Instant;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key ring: start-up errors that name the key and the property, and keys added later. */
class KeyRingTest {

  private static final String PASSWORD = "key-ring-test-password";

  @TempDir Path folder;

  @Test
  void missingActiveKeyNamesKeyAndProperty() throws Exception {
    Path keystore = keystoreWith("field-key-1");
    KeyRing ring = keyRing(keystore, "field-key-9");

    KeyNotFoundException thrown = assertThrows(KeyNotFoundException.class, ring::load);

    assertTrue(thrown.getMessage().contains("'field-key-9'"), thrown.getMessage());
    assertTrue(
        thrown.getMessage().contains("clinicchat.crypto.active-key-id"), thrown.getMessage());
    assertTrue(thrown.getMessage().contains("clinicchat.crypto.keystore"), thrown.getMessage());
  }

  @Test
  void missingKeyNamesKeyAndProperty() throws Exception {
    KeyRing ring = keyRing(keystoreWith("field-key-1"), "field-key-1");
    ring.load();

    KeyNotFoundException thrown =
        assertThrows(KeyNotFoundException.class, () -> ring.key("field-key-0"));

    assertTrue(thrown.getMessage().contains("'field-key-0'"), thrown.getMessage());
    assertTrue(thrown.getMessage().contains("clinicchat.crypto.keystore"), thrown.getMessage());
  }

  @Test
  void keyAddedLaterIsFound() throws Exception {
    Path keystore = keystoreWith("field-key-1");
    KeyRing ring = keyRing(keystore, "field-key-1");
    ring.load();

    addKey(keystore, "field-key-2");
    // File times can be coarse: make sure the change is visible whatever the file system.
    Files.setLastModifiedTime(keystore, FileTime.from(Instant.now().plusSeconds(5)));

    assertEquals("AES", ring.key("field-key-2").getAlgorithm());
  }

  private KeyRing keyRing(Path keystore, String activeKeyId) {
    KeyRing ring = new KeyRing();
    ring.keystorePath = keystore.toString();
    ring.keystorePassword = PASSWORD;
    ring.activeKeyId = activeKeyId;
    return ring;
  }

  private Path keystoreWith(String alias) throws IOException, GeneralSecurityException {
    Path file = folder.resolve("field-keys.p12");
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    save(store, file, alias);
    return file;
  }

  private static void addKey(Path file, String alias) throws IOException, GeneralSecurityException {
    KeyStore store = Pkcs12Keystores.read(file, PASSWORD.toCharArray(), "test");
    save(store, file, alias);
  }

  private static void save(KeyStore store, Path file, String alias)
      throws IOException, GeneralSecurityException {
    KeyGenerator generator = KeyGenerator.getInstance("AES");
    generator.init(256);
    SecretKey key = generator.generateKey();
    store.setEntry(
        alias,
        new KeyStore.SecretKeyEntry(key),
        new KeyStore.PasswordProtection(PASSWORD.toCharArray()));
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, PASSWORD.toCharArray());
    }
  }
}

package org.clinicchat.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keystore file and the active key file as key management changes them. */
class KekKeystoreTest {

  private static final char[] PASSWORD = "kek-keystore-test".toCharArray();

  @TempDir Path folder;

  private KekKeystore keystore;

  @BeforeEach
  void emptyKeystore() throws Exception {
    Path file = folder.resolve("field-keys.p12");
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, PASSWORD);
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, PASSWORD);
    }
    keystore = new KekKeystore(file, PASSWORD);
  }

  @Test
  void addedKeyIsAes256() {
    keystore.addKey("field-key-2");

    assertEquals(32, keystore.readKeys().get("field-key-2").getEncoded().length);
  }

  @Test
  void takenIdRejected() {
    keystore.addKey("field-key-2");

    KeyAdministrationException thrown =
        assertThrows(KeyAdministrationException.class, () -> keystore.addKey("field-key-2"));

    assertEquals(
        "The keystore already has a key with id 'field-key-2'; choose another id.",
        thrown.getMessage());
  }

  @Test
  void invalidIdsRejected() {
    for (String id :
        new String[] {"", " key", "key id", "../key", "key;rm", "-key", "k".repeat(101)}) {
      assertThrows(KeyAdministrationException.class, () -> keystore.addKey(id), id);
    }
  }

  @Test
  void deletedKeyIsGone() {
    keystore.addKey("field-key-2");

    keystore.deleteKey("field-key-2");

    assertFalse(keystore.readKeys().containsKey("field-key-2"));
  }

  @Test
  void noActiveKeyFileMeansConfiguredKey() {
    assertEquals(Optional.empty(), keystore.readActiveKeyId());
  }

  @Test
  void activeKeyFileNamesKey() {
    keystore.writeActiveKeyId("field-key-2");

    assertEquals(Optional.of("field-key-2"), keystore.readActiveKeyId());
    assertTrue(Files.exists(folder.resolve("field-keys.p12.active-key-id")));
  }

  @Test
  void noTemporaryFilesLeft() throws Exception {
    keystore.addKey("field-key-2");
    keystore.writeActiveKeyId("field-key-2");

    try (var files = Files.list(folder)) {
      assertEquals(0, files.filter(file -> file.getFileName().toString().endsWith(".tmp")).count());
    }
  }
}

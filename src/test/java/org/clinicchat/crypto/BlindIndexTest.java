package org.clinicchat.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Blind indexes: keyed, separated by field, and never the plain hash of the value. */
class BlindIndexTest {

  private static final String EMAIL = "PatientIdentity.email";
  private static final String VALUE = "ana.lopez@example.org";

  @TempDir Path folder;

  @Test
  void sameKeyAndValueGiveSameIndex() throws Exception {
    SecretKey key = hmacKey();

    assertEquals(BlindIndex.compute(key, EMAIL, VALUE), BlindIndex.compute(key, EMAIL, VALUE));
  }

  @Test
  void otherKeyGivesOtherIndex() throws Exception {
    assertNotEquals(
        BlindIndex.compute(hmacKey(), EMAIL, VALUE), BlindIndex.compute(hmacKey(), EMAIL, VALUE));
  }

  @Test
  void otherFieldGivesOtherIndex() throws Exception {
    SecretKey key = hmacKey();

    assertNotEquals(
        BlindIndex.compute(key, EMAIL, VALUE),
        BlindIndex.compute(key, "PatientIdentity.phone", VALUE));
  }

  @Test
  void indexIsNotPlainHash() throws Exception {
    String plainHash =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(VALUE.getBytes(StandardCharsets.UTF_8)));

    assertNotEquals(plainHash, BlindIndex.compute(hmacKey(), EMAIL, VALUE));
  }

  @Test
  void indexIsHexOfSha256Length() throws Exception {
    assertTrue(BlindIndex.compute(hmacKey(), EMAIL, VALUE).matches("[0-9a-f]{64}"));
  }

  @Test
  void missingAliasNamesAliasAndProperty() throws Exception {
    Path keystore = folder.resolve("blind-index-keys.p12");
    char[] password = "blind-index-test".toCharArray();
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, password);
    store.setEntry(
        "blind-index-1",
        new KeyStore.SecretKeyEntry(hmacKey()),
        new KeyStore.PasswordProtection(password));
    try (OutputStream out = Files.newOutputStream(keystore)) {
      store.store(out, password);
    }

    KeyNotFoundException thrown =
        assertThrows(
            KeyNotFoundException.class,
            () -> BlindIndex.readKey(keystore, password, "blind-index-9"));

    assertTrue(thrown.getMessage().contains("'blind-index-9'"), thrown.getMessage());
    assertTrue(thrown.getMessage().contains(BlindIndex.PROPERTY_KEYSTORE), thrown.getMessage());
  }

  private static SecretKey hmacKey() throws Exception {
    KeyGenerator generator = KeyGenerator.getInstance("HmacSHA256");
    generator.init(256);
    return generator.generateKey();
  }
}

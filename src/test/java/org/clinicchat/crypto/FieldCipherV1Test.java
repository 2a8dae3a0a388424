package org.clinicchat.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The old format v1, encrypted directly under a keystore key, which stored values written before
 * envelope encryption still use: what decrypts, and that every kind of tampering is detected.
 */
class FieldCipherV1Test {

  private static final String KEY_ID = "field-key-1";
  private static final String PREFIX = "v1:" + KEY_ID + ":";
  private static final String TEXT = "I have had a headache since Tuesday.";

  private final SecretKey key = newKey();

  @Test
  void roundTrip() {
    String stored = FieldCipher.encryptV1(TEXT, KEY_ID, key);

    assertEquals(TEXT, FieldCipher.decryptV1(stored, key));
  }

  @Test
  void roundTripNonAscii() {
    String text = "Müdigkeit, 头痛, 🤒 — and a \"quoted\" line\nbreak";

    assertEquals(text, FieldCipher.decryptV1(FieldCipher.encryptV1(text, KEY_ID, key), key));
  }

  @Test
  void roundTripEmpty() {
    assertEquals("", FieldCipher.decryptV1(FieldCipher.encryptV1("", KEY_ID, key), key));
  }

  @Test
  void storedFormat() {
    String stored = FieldCipher.encryptV1(TEXT, KEY_ID, key);

    assertTrue(stored.startsWith(PREFIX), stored);
    assertFalse(stored.contains(TEXT), "the stored value does not contain the plaintext");
    assertEquals(KEY_ID, FieldCipher.keyId(stored));
  }

  @Test
  void everyFlippedBitFails() {
    String stored = FieldCipher.encryptV1(TEXT, KEY_ID, key);
    byte[] body = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
    List<String> accepted = new ArrayList<>();

    for (int bit = 0; bit < body.length * 8; bit++) {
      byte[] tampered = body.clone();
      tampered[bit / 8] ^= (byte) (1 << (bit % 8));
      String value = PREFIX + Base64.getEncoder().encodeToString(tampered);
      try {
        FieldCipher.decryptV1(value, key);
        accepted.add("bit " + bit + " decrypted");
      } catch (DecryptionFailedException expected) {
        // The tampering was detected.
      } catch (RuntimeException other) {
        accepted.add("bit " + bit + " threw " + other);
      }
    }

    assertEquals(List.of(), accepted, "nonce, ciphertext and tag are all authenticated");
  }

  @Test
  void editedKeyIdFails() {
    String stored = FieldCipher.encryptV1(TEXT, KEY_ID, key);
    String relabelled = stored.replace(PREFIX, "v1:field-key-2:");

    // The same key, so only the authenticated prefix can tell.
    assertThrows(DecryptionFailedException.class, () -> FieldCipher.decryptV1(relabelled, key));
  }

  @Test
  void editedVersionFails() {
    String stored = FieldCipher.encryptV1(TEXT, KEY_ID, key);
    String relabelled = "v2" + stored.substring(2);

    assertThrows(DecryptionFailedException.class, () -> FieldCipher.decryptV1(relabelled, key));
  }

  @Test
  void wrongKeyFails() {
    String stored = FieldCipher.encryptV1(TEXT, KEY_ID, key);

    assertThrows(DecryptionFailedException.class, () -> FieldCipher.decryptV1(stored, newKey()));
  }

  @Test
  void nonceIsRandom() {
    String first = FieldCipher.encryptV1(TEXT, KEY_ID, key);
    String second = FieldCipher.encryptV1(TEXT, KEY_ID, key);

    assertNotEquals(first, second);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Zebulon Quartermaine",
        "v1:Zebulon Quartermaine",
        "v2:field-key-1:WmVidWxvbiBRdWFydGVybWFpbmU=",
        "v1:field-key-1:Zebulon Quartermaine!",
        "v1:field-key-1:WmVidWxvbiBRdWFydGVybWFpbmU=",
        "v1:field-key-1:"
      })
  void garbageFails(String input) {
    DecryptionFailedException thrown =
        assertThrows(DecryptionFailedException.class, () -> FieldCipher.decryptV1(input, key));

    assertFalse(messages(thrown).contains("Zebulon"), "no message repeats the input");
    assertFalse(messages(thrown).contains("WmVidWxvbi"), "no message repeats the input");
  }

  @Test
  void garbageKeyIdFails() {
    assertThrows(DecryptionFailedException.class, () -> FieldCipher.keyId("Zebulon"));
  }

  /** Returns the messages of an exception and its causes, as a logged stack trace shows them. */
  private static String messages(Throwable thrown) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      all.append(t).append('\n');
    }
    return all.toString();
  }

  private static SecretKey newKey() {
    try {
      KeyGenerator generator = KeyGenerator.getInstance("AES");
      generator.init(256);
      return generator.generateKey();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}

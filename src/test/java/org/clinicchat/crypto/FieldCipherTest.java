package org.clinicchat.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

/**
 * Format v2: AES-GCM under a data key, with the version, key id and field location bound as
 * additional authenticated data. Tampering, relabelling and copying a value elsewhere all fail.
 */
class FieldCipherTest {

  private static final String KEY_ID = "0b0e8a4c-5a51-4d8e-9a0a-6f1f3c2b9d11";
  private static final String PREFIX = "v2:" + KEY_ID + ":";
  private static final String TEXT = "My blood pressure was 150 over 95 this morning.";
  private static final FieldLocation ROW_A =
      new FieldLocation("Message", "text", "7f6b1c1e-2f7a-4f57-8d0c-0d7c3a1e5b01");
  private static final FieldLocation ROW_B =
      new FieldLocation("Message", "text", "2a9d4e3b-6c1f-4b8a-9e7d-5f0c1b2a3d44");

  private final SecretKey key = newKey();

  @Test
  void roundTrip() {
    String stored = FieldCipher.encrypt(TEXT, KEY_ID, key, ROW_A);

    assertEquals(TEXT, decrypt(stored, ROW_A));
  }

  @Test
  void storedFormat() {
    String stored = FieldCipher.encrypt(TEXT, KEY_ID, key, ROW_A);

    assertTrue(stored.startsWith(PREFIX), stored);
    assertFalse(stored.contains(TEXT), "the stored value does not contain the plaintext");
    assertEquals(KEY_ID, FieldCipher.keyId(stored));
  }

  @Test
  void everyFlippedBitFails() {
    String stored = FieldCipher.encrypt(TEXT, KEY_ID, key, ROW_A);
    byte[] body = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
    List<String> accepted = new ArrayList<>();

    for (int bit = 0; bit < body.length * 8; bit++) {
      byte[] tampered = body.clone();
      tampered[bit / 8] ^= (byte) (1 << (bit % 8));
      String value = PREFIX + Base64.getEncoder().encodeToString(tampered);
      try {
        decrypt(value, ROW_A);
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
  void otherRowFails() {
    String stored = FieldCipher.encrypt(TEXT, KEY_ID, key, ROW_A);

    assertThrows(DecryptionFailedException.class, () -> decrypt(stored, ROW_B));
  }

  @Test
  void otherAttributeFails() {
    String stored = FieldCipher.encrypt(TEXT, KEY_ID, key, ROW_A);
    FieldLocation topic = new FieldLocation("Message", "topic", ROW_A.rowId());

    assertThrows(DecryptionFailedException.class, () -> decrypt(stored, topic));
  }

  @Test
  void otherEntityFails() {
    String stored = FieldCipher.encrypt(TEXT, KEY_ID, key, ROW_A);
    FieldLocation dataKey = new FieldLocation("DataKey", "text", ROW_A.rowId());

    assertThrows(DecryptionFailedException.class, () -> decrypt(stored, dataKey));
  }

  @Test
  void shiftedSeparatorFails() {
    // Length-prefixed parts: moving characters between attribute and row id changes the data.
    FieldLocation original = new FieldLocation("Message", "text", "ab");
    FieldLocation shifted = new FieldLocation("Message", "texta", "b");
    String stored = FieldCipher.encrypt(TEXT, KEY_ID, key, original);

    assertThrows(DecryptionFailedException.class, () -> decrypt(stored, shifted));
  }

  @Test
  void editedKeyIdFails() {
    String stored = FieldCipher.encrypt(TEXT, KEY_ID, key, ROW_A);
    String relabelled = stored.replace(KEY_ID, "1b0e8a4c-5a51-4d8e-9a0a-6f1f3c2b9d11");

    // The same key, so only the authenticated prefix can tell.
    assertThrows(DecryptionFailedException.class, () -> decrypt(relabelled, ROW_A));
  }

  @Test
  void downgradeToV1Fails() {
    String stored = FieldCipher.encrypt(TEXT, KEY_ID, key, ROW_A);
    String relabelled = "v1" + stored.substring(2);

    assertThrows(DecryptionFailedException.class, () -> FieldCipher.decryptV1(relabelled, key));
  }

  @Test
  void wrongKeyFails() {
    String stored = FieldCipher.encrypt(TEXT, KEY_ID, key, ROW_A);

    assertThrows(
        DecryptionFailedException.class,
        () -> FieldCipher.decrypt(StoredValue.parse(stored), newKey(), ROW_A));
  }

  @Test
  void nonceIsRandom() {
    String first = FieldCipher.encrypt(TEXT, KEY_ID, key, ROW_A);
    String second = FieldCipher.encrypt(TEXT, KEY_ID, key, ROW_A);

    assertNotEquals(first, second);
  }

  @Test
  void millionNoncesNeverRepeat() {
    int count = 1_000_000;
    Set<ByteBuffer> seen = new HashSet<>(count * 2);

    for (int i = 0; i < count; i++) {
      seen.add(ByteBuffer.wrap(AesGcm.newNonce()));
    }

    assertEquals(count, seen.size(), "one million random 96-bit nonces, no repeat");
  }

  @Test
  void blankLocationRejected() {
    assertThrows(IllegalArgumentException.class, () -> new FieldLocation("Message", "text", " "));
  }

  private String decrypt(String stored, FieldLocation at) {
    return new String(
        FieldCipher.decrypt(StoredValue.parse(stored), key, at),
        java.nio.charset.StandardCharsets.UTF_8);
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

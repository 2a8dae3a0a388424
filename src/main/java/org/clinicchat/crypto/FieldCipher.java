package org.clinicchat.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM encryption of one text value, in the stored format {@code v1:KEY_ID:BASE64} where
 * BASE64 holds a random 96-bit nonce followed by the ciphertext and its 128-bit tag.
 *
 * <p>The format version and key id are bound to the ciphertext as additional authenticated data, so
 * a value whose prefix was edited fails to decrypt like one whose ciphertext was.
 */
public final class FieldCipher {

  static final String FORMAT_VERSION = "v1";
  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private FieldCipher() {}

  /** Encrypts a text with the given key and returns the stored format. */
  public static String encrypt(String plaintext, String keyId, SecretKey key) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(header(keyId));
      byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      byte[] body = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
      return FORMAT_VERSION + ":" + keyId + ":" + Base64.getEncoder().encodeToString(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM encryption failed with key " + keyId, e);
    }
  }

  /** Returns the key id of a stored value, which selects the key to decrypt it with. */
  public static String keyId(String stored) {
    return StoredValue.parse(stored).keyId();
  }

  /** Decrypts a stored value, or throws {@link DecryptionFailedException} if it was altered. */
  public static String decrypt(String stored, SecretKey key) {
    StoredValue value = StoredValue.parse(stored);
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(
          Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, value.body(), 0, NONCE_BYTES));
      cipher.updateAAD(header(value.keyId()));
      byte[] plain = cipher.doFinal(value.body(), NONCE_BYTES, value.body().length - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new DecryptionFailedException(
          "Stored value under key " + value.keyId() + " failed AES-GCM authentication", e);
    }
  }

  private static byte[] header(String keyId) {
    return (FORMAT_VERSION + ":" + keyId).getBytes(StandardCharsets.UTF_8);
  }

  private record StoredValue(String keyId, byte[] body) {

    static StoredValue parse(String stored) {
      String[] parts = stored.split(":", 3);
      if (parts.length != 3 || !FORMAT_VERSION.equals(parts[0])) {
        throw new DecryptionFailedException(
            "Stored value is not in format " + FORMAT_VERSION, null);
      }
      try {
        byte[] body = Base64.getDecoder().decode(parts[2]);
        if (body.length < NONCE_BYTES + TAG_BITS / 8) {
          throw new DecryptionFailedException("Stored value is too short", null);
        }
        return new StoredValue(parts[1], body);
      } catch (IllegalArgumentException e) {
        throw new DecryptionFailedException("Stored value is not valid Base64", e);
      }
    }
  }
}

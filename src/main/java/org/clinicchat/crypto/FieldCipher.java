package org.clinicchat.crypto;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.SecretKey;

/**
 * AES-256-GCM encryption of one value in the stored formats of {@link StoredValue}.
 *
 * <p>Format {@code v2} binds the version, the key id and the {@link FieldLocation} to the
 * ciphertext as additional authenticated data, so a value whose prefix was edited, or that was
 * copied into another row or column, fails to decrypt like one whose ciphertext was altered. Format
 * {@code v1} binds only the version and key id; it is still read, and written only by tests that
 * need a value in the old format.
 */
public final class FieldCipher {

  private FieldCipher() {}

  /** Encrypts a text in format {@code v2} with the key and binds it to its location. */
  public static String encrypt(String plaintext, String keyId, SecretKey key, FieldLocation at) {
    return encrypt(plaintext.getBytes(StandardCharsets.UTF_8), keyId, key, at);
  }

  /** Encrypts bytes in format {@code v2}, for example a data key under a key-encryption key. */
  static String encrypt(byte[] plaintext, String keyId, SecretKey key, FieldLocation at) {
    byte[] sealed = AesGcm.seal(key, plaintext, associatedData(keyId, at));
    return new StoredValue(StoredValue.V2, keyId, sealed).format();
  }

  /**
   * Decrypts a {@code v2} value stored at the location, or throws {@link
   * DecryptionFailedException}.
   */
  static byte[] decrypt(StoredValue value, SecretKey key, FieldLocation at) {
    if (!StoredValue.V2.equals(value.version())) {
      throw new DecryptionFailedException("Stored value is not in format v2", null);
    }
    try {
      return AesGcm.open(key, value.sealed(), associatedData(value.keyId(), at));
    } catch (GeneralSecurityException e) {
      throw new DecryptionFailedException(
          "Stored value under key " + value.keyId() + " failed AES-GCM authentication", e);
    }
  }

  /**
   * Encrypts a text in the old format {@code v1}, which the application no longer writes; tests use
   * it to store values as earlier versions did.
   */
  public static String encryptV1(String plaintext, String keyId, SecretKey key) {
    byte[] sealed = AesGcm.seal(key, plaintext.getBytes(StandardCharsets.UTF_8), v1Header(keyId));
    return new StoredValue(StoredValue.V1, keyId, sealed).format();
  }

  /** Returns the key id of a stored value, which selects the key to decrypt it with. */
  public static String keyId(String stored) {
    return StoredValue.parse(stored).keyId();
  }

  /** Decrypts a {@code v1} value, or throws {@link DecryptionFailedException} if it was altered. */
  public static String decryptV1(String stored, SecretKey key) {
    StoredValue value = StoredValue.parse(stored);
    if (!StoredValue.V1.equals(value.version())) {
      throw new DecryptionFailedException("Stored value is not in format v1", null);
    }
    try {
      byte[] plain = AesGcm.open(key, value.sealed(), v1Header(value.keyId()));
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new DecryptionFailedException(
          "Stored value under key " + value.keyId() + " failed AES-GCM authentication", e);
    }
  }

  private static byte[] v1Header(String keyId) {
    return (StoredValue.V1 + ":" + keyId).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Returns the v2 additional authenticated data: each part prefixed with its length in bytes, so
   * that no two different locations encode to the same bytes, whatever characters they contain.
   */
  static byte[] associatedData(String keyId, FieldLocation at) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String part :
        new String[] {StoredValue.V2, keyId, at.entity(), at.attribute(), at.rowId()}) {
      byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
      out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
      out.writeBytes(bytes);
    }
    return out.toByteArray();
  }
}

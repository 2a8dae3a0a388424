package org.clinicchat.crypto;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-GCM with a random 96-bit nonce per invocation, the construction of NIST SP 800-38D section
 * 8.2.2. Every stored value and every wrapped data key uses it. The sealed layout is the nonce
 * followed by the ciphertext and its 128-bit tag.
 *
 * <p>With random nonces, SP 800-38D section 8.3 allows at most 2^32 encryptions per key; {@link
 * EncryptionLimit} enforces that count.
 */
final class AesGcm {

  static final int NONCE_BYTES = 12;
  static final int TAG_BITS = 128;
  static final int TAG_BYTES = TAG_BITS / 8;
  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final SecureRandom RANDOM = new SecureRandom();

  private AesGcm() {}

  /** Returns a fresh nonce from the platform's default {@link SecureRandom}. */
  static byte[] newNonce() {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    return nonce;
  }

  /** Encrypts and authenticates a plaintext with the additional authenticated data. */
  static byte[] seal(SecretKey key, byte[] plaintext, byte[] aad) {
    byte[] nonce = newNonce();
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(aad);
      byte[] sealed = cipher.doFinal(plaintext);
      return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM encryption failed", e);
    }
  }

  /**
   * Checks the tag of a sealed value against the additional authenticated data and decrypts it.
   *
   * @throws GeneralSecurityException if the value, the data or the key is not the one sealed with
   */
  static byte[] open(SecretKey key, byte[] sealed, byte[] aad) throws GeneralSecurityException {
    if (sealed.length < NONCE_BYTES + TAG_BYTES) {
      throw new GeneralSecurityException("Sealed value is shorter than a nonce and a tag");
    }
    Cipher cipher = Cipher.getInstance(TRANSFORMATION);
    cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
    cipher.updateAAD(aad);
    return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
  }
}

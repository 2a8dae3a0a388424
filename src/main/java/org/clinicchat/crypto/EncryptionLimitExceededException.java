package org.clinicchat.crypto;

/**
 * A key has reached the NIST SP 800-38D limit of 2^32 AES-GCM encryptions and encrypts nothing
 * more. An administrator rotates to a new key-encryption key (see README, section Key rotation).
 */
public class EncryptionLimitExceededException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public EncryptionLimitExceededException(String message) {
    super(message);
  }
}

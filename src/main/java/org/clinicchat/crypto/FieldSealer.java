package org.clinicchat.crypto;

import javax.crypto.SecretKey;

/**
 * Encrypts values of one conversation under its data key, counting each encryption against {@link
 * EncryptionLimit}. Obtained from {@link FieldEncryption#sealerFor} and used only inside the
 * transaction that locked the data key.
 */
public final class FieldSealer {

  private final DataKey dataKey;
  private final SecretKey key;

  FieldSealer(DataKey dataKey, SecretKey key) {
    this.dataKey = dataKey;
    this.key = key;
  }

  private static final String DATA_KEY_REMEDY =
      "it gets new material automatically when its owner's next transaction starts";

  /** Encrypts a text in format {@code v2} bound to where it will be stored. */
  public String seal(String plaintext, FieldLocation at) {
    KeyUsageCounter.enforce(
        "Data key", dataKey.getId(), dataKey.getEncryptionCount(), 1, DATA_KEY_REMEDY);
    dataKey.countEncryptions(1);
    return FieldCipher.encrypt(plaintext, dataKey.getId(), key, at);
  }
}

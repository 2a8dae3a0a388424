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

  // TODO: a data key at the 2^32 limit rejects every further value of its owner, so that
  // conversation or patient identity takes no new value. The fix is to give the owner a new data
  // key and re-encrypt
  // its values under it, as LegacyMessages does for v1 text. At one message per second a
  // conversation would need 136 years to get there, so this is not built yet.
  private static final String DATA_KEY_REMEDY =
      "its owner takes no new value until it gets a new data key, which is not automated yet";

  /** Encrypts a text in format {@code v2} bound to where it will be stored. */
  public String seal(String plaintext, FieldLocation at) {
    KeyUsageCounter.enforce(
        "Data key", dataKey.getId(), dataKey.getEncryptionCount(), 1, DATA_KEY_REMEDY);
    dataKey.countEncryptions(1);
    return FieldCipher.encrypt(plaintext, dataKey.getId(), key, at);
  }
}

package org.clinicchat.crypto;

/**
 * The values a feature stores under data keys. When a data key nears the AES-GCM encryption limit,
 * {@link FieldEncryption} gives it new key material and calls every implementation, as CDI beans,
 * to re-encrypt the owner's values. A feature that stores values under a data key must implement
 * it, or its values become unreadable at the first renewal.
 */
public interface DataKeyValues {

  /**
   * Re-encrypts every value this feature stores for the owner, in the caller's transaction.
   *
   * @param ownerId the conversation or patient identity id that owns the data key
   * @param previous decrypts under the data key's old material
   * @param sealer encrypts under its new material
   * @return how many values were re-encrypted; 0 if the owner is not one of this feature's
   */
  int reencrypt(String ownerId, FieldOpener previous, FieldSealer sealer);
}

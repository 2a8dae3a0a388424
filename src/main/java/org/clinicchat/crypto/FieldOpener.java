package org.clinicchat.crypto;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import javax.crypto.SecretKey;

/**
 * Decrypts the stored values of one conversation: {@code v2} values under the conversation's data
 * key, which it unwraps once on first use, and {@code v1} values under the keystore key they name.
 */
public final class FieldOpener {

  private final String conversationId;
  private final KeyRing keyRing;
  private final Supplier<DataKey> dataKeyLookup;
  private final FieldEncryption unwrapper;
  private boolean looked;
  private DataKey dataKey;
  private SecretKey key;

  FieldOpener(
      String conversationId,
      KeyRing keyRing,
      Supplier<DataKey> dataKeyLookup,
      FieldEncryption unwrapper) {
    this.conversationId = conversationId;
    this.keyRing = keyRing;
    this.dataKeyLookup = dataKeyLookup;
    this.unwrapper = unwrapper;
  }

  /**
   * Decrypts a value stored at the location.
   *
   * @throws DataKeyErasedException if the conversation's data key was erased
   * @throws DecryptionFailedException if the value was altered, copied from elsewhere or names a
   *     key that does not belong to this conversation
   * @throws KeyNotFoundException if the keystore lacks the key-encryption key or {@code v1} key
   */
  public String open(String stored, FieldLocation at) {
    StoredValue value = StoredValue.parse(stored);
    if (StoredValue.V1.equals(value.version())) {
      return FieldCipher.decryptV1(stored, keyRing.key(value.keyId()));
    }
    SecretKey dataKeyMaterial = unwrappedKey();
    if (!dataKey.getId().equals(value.keyId())) {
      throw new DecryptionFailedException(
          "Stored value names data key "
              + value.keyId()
              + ", not the data key of conversation "
              + conversationId,
          null);
    }
    return new String(FieldCipher.decrypt(value, dataKeyMaterial, at), StandardCharsets.UTF_8);
  }

  private SecretKey unwrappedKey() {
    if (!looked) {
      dataKey = dataKeyLookup.get();
      looked = true;
    }
    if (key == null) {
      if (dataKey == null) {
        throw new DecryptionFailedException(
            "Conversation " + conversationId + " has no data key", null);
      }
      if (dataKey.isErased()) {
        throw new DataKeyErasedException(conversationId);
      }
      key = unwrapper.unwrap(dataKey);
    }
    return key;
  }
}

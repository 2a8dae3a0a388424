package org.clinicchat.crypto;

import java.util.Base64;

/**
 * A stored ciphertext split into its parts, from the format {@code VERSION:KEY_ID:BASE64}.
 *
 * <ul>
 *   <li>{@code v1}: encrypted directly under a keystore key; the additional authenticated data is
 *       the version and key id. Only read, never written.
 *   <li>{@code v2}: encrypted under a data key (for message text) or a key-encryption key (for a
 *       wrapped data key); the additional authenticated data also binds the {@link FieldLocation}.
 * </ul>
 *
 * Parse errors never repeat the value, because it may be PHI that was stored unencrypted.
 */
record StoredValue(String version, String keyId, byte[] sealed) {

  static final String V1 = "v1";
  static final String V2 = "v2";

  static StoredValue parse(String stored) {
    String[] parts = stored == null ? new String[0] : stored.split(":", 3);
    if (parts.length != 3 || !(V1.equals(parts[0]) || V2.equals(parts[0]))) {
      throw new DecryptionFailedException("Stored value is not in format v1 or v2", null);
    }
    if (parts[1].isEmpty()) {
      throw new DecryptionFailedException("Stored value names no key id", null);
    }
    try {
      byte[] sealed = Base64.getDecoder().decode(parts[2]);
      if (sealed.length < AesGcm.NONCE_BYTES + AesGcm.TAG_BYTES) {
        throw new DecryptionFailedException("Stored value is too short", null);
      }
      return new StoredValue(parts[0], parts[1], sealed);
    } catch (IllegalArgumentException e) {
      throw new DecryptionFailedException("Stored value is not valid Base64", e);
    }
  }

  String format() {
    return version + ":" + keyId + ":" + Base64.getEncoder().encodeToString(sealed);
  }
}

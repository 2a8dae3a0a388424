package org.clinicchat.crypto;

import jakarta.inject.Inject;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Encrypts a PHI text attribute on its way to the database and decrypts it on its way back, so the
 * column only ever holds {@link FieldCipher} ciphertext. Apply it with {@code @Convert}.
 */
@Converter
public class EncryptedTextConverter implements AttributeConverter<String, String> {

  @Inject KeyRing keyRing;

  @Override
  public String convertToDatabaseColumn(String plaintext) {
    if (plaintext == null) {
      return null;
    }
    String keyId = keyRing.activeKeyId();
    return FieldCipher.encrypt(plaintext, keyId, keyRing.key(keyId));
  }

  @Override
  public String convertToEntityAttribute(String stored) {
    if (stored == null) {
      return null;
    }
    return FieldCipher.decrypt(stored, keyRing.key(FieldCipher.keyId(stored)));
  }
}

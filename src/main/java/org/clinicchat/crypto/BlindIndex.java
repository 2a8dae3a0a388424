package org.clinicchat.crypto;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.KeyStore;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Blind indexes for exact-match lookups on encrypted fields: HMAC-SHA256 of a normalised value
 * under a key of its own, from a PKCS12 keystore named by MicroProfile Config. The database stores
 * the index beside the ciphertext and is searched by it, so lookups never need the plaintext in a
 * query. Without the key, an index cannot be recomputed from a guessed value, which a plain hash of
 * an email address or phone number would allow by trying every candidate.
 *
 * <p>Each index names its field ({@code domain}), which is part of the HMAC input, so equal values
 * of two different fields have unrelated indexes. The key is not a field-encryption key, so a
 * leaked index key exposes no stored value.
 *
 * <p>TODO: the blind-index key cannot be rotated yet. Rotating it means recomputing every index
 * from the decrypted values under the new key while lookups try both.
 */
@ApplicationScoped
public class BlindIndex {

  static final String PROPERTY_KEYSTORE = "clinicchat.blind-index.keystore";
  private static final String ALGORITHM = "HmacSHA256";

  @Inject
  @ConfigProperty(name = PROPERTY_KEYSTORE)
  String keystorePath;

  @Inject
  @ConfigProperty(name = "clinicchat.blind-index.keystore-password")
  String keystorePassword;

  @Inject
  @ConfigProperty(name = "clinicchat.blind-index.key-alias")
  String keyAlias;

  private SecretKey key;

  @PostConstruct
  void load() {
    key = readKey(Path.of(keystorePath), keystorePassword.toCharArray(), keyAlias);
  }

  /** Returns the index of a normalised value of a field, as 64 lower-case hex digits. */
  public String index(String domain, String normalisedValue) {
    return compute(key, domain, normalisedValue);
  }

  /** Computes a blind index: HMAC-SHA256 over the length-prefixed domain and value, in hex. */
  static String compute(SecretKey key, String domain, String value) {
    byte[] domainBytes = domain.getBytes(StandardCharsets.UTF_8);
    byte[] valueBytes = value.getBytes(StandardCharsets.UTF_8);
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(domainBytes.length).array());
      mac.update(domainBytes);
      mac.update(valueBytes);
      return HexFormat.of().formatHex(mac.doFinal());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  static SecretKey readKey(Path keystore, char[] password, String alias) {
    KeyStore store = Pkcs12Keystores.read(keystore, password, PROPERTY_KEYSTORE);
    try {
      Key found = store.getKey(alias, password);
      if (found instanceof SecretKey secret && found.getEncoded().length >= 32) {
        // Checks that the key suits HMAC-SHA256 now, not at the first lookup.
        Mac.getInstance(ALGORITHM).init(secret);
        return secret;
      }
    } catch (InvalidKeyException e) {
      throw new KeyNotFoundException(
          "Blind-index key '" + alias + "' cannot be used for HMAC-SHA256", e);
    } catch (GeneralSecurityException e) {
      throw new KeyNotFoundException(
          "Cannot read blind-index key '"
              + alias
              + "' from the keystore named by "
              + PROPERTY_KEYSTORE,
          e);
    }
    throw new KeyNotFoundException(
        "The keystore named by "
            + PROPERTY_KEYSTORE
            + " has no secret key of at least 256 bits under alias '"
            + alias
            + "', which clinicchat.blind-index.key-alias names");
  }
}

package org.clinicchat.audit.chain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.Certificate;
import javax.crypto.SecretKey;

/**
 * The audit keys from their own PKCS12 keystore, apart from the field-encryption and token keys:
 * the HMAC-SHA256 key that seals events and the key pair that signs checkpoints. Either alias may
 * be null when a tool needs only the other key.
 */
public record AuditKeys(SecretKey macKey, PrivateKey checkpointKey, PublicKey checkpointPublicKey) {

  /**
   * Reads the keys from a keystore file.
   *
   * @throws AuditKeyException if the file, the password or an alias is wrong, naming which
   */
  public static AuditKeys read(
      Path keystore, char[] password, String macAlias, String checkpointAlias) {
    KeyStore store = open(keystore, password);
    SecretKey macKey = null;
    PrivateKey privateKey = null;
    PublicKey publicKey = null;
    if (macAlias != null) {
      if (!(entry(store, macAlias, password) instanceof SecretKey key)) {
        throw new AuditKeyException(
            "The audit keystore has no secret key with alias '" + macAlias + "'");
      }
      macKey = key;
    }
    if (checkpointAlias != null) {
      Certificate certificate = certificate(store, checkpointAlias);
      if (certificate == null) {
        throw new AuditKeyException(
            "The audit keystore has no key pair with alias '" + checkpointAlias + "'");
      }
      publicKey = certificate.getPublicKey();
      if (entry(store, checkpointAlias, password) instanceof PrivateKey key) {
        privateKey = key;
      }
    }
    return new AuditKeys(macKey, privateKey, publicKey);
  }

  private static KeyStore open(Path keystore, char[] password) {
    try (InputStream in = Files.newInputStream(keystore)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      return store;
    } catch (IOException | GeneralSecurityException e) {
      throw new AuditKeyException(
          "Cannot read the audit keystore " + keystore + "; check the file and its password", e);
    }
  }

  private static Key entry(KeyStore store, String alias, char[] password) {
    try {
      return store.getKey(alias, password);
    } catch (GeneralSecurityException e) {
      throw new AuditKeyException("Cannot read key '" + alias + "' from the audit keystore", e);
    }
  }

  private static Certificate certificate(KeyStore store, String alias) {
    try {
      return store.getCertificate(alias);
    } catch (GeneralSecurityException e) {
      throw new AuditKeyException("Cannot read key '" + alias + "' from the audit keystore", e);
    }
  }
}

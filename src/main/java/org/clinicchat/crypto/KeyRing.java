package org.clinicchat.crypto;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The field-encryption keys, loaded from a PKCS12 keystore outside the WAR and the database.
 *
 * <p>Every AES secret key in the keystore is usable for decryption under its alias, which is the
 * key id stored with each value; the key named by {@code clinicchat.crypto.active-key-id} encrypts
 * new values.
 */
@ApplicationScoped
public class KeyRing {

  static final String PROPERTY_KEYSTORE = "clinicchat.crypto.keystore";
  static final String PROPERTY_ACTIVE_KEY = "clinicchat.crypto.active-key-id";

  @Inject
  @ConfigProperty(name = PROPERTY_KEYSTORE)
  String keystorePath;

  @Inject
  @ConfigProperty(name = "clinicchat.crypto.keystore-password")
  String keystorePassword;

  @Inject
  @ConfigProperty(name = PROPERTY_ACTIVE_KEY)
  String activeKeyId;

  private Map<String, SecretKey> keys;

  @PostConstruct
  void load() {
    keys = Collections.unmodifiableMap(readKeys(Path.of(keystorePath), keystorePassword));
    if (!keys.containsKey(activeKeyId)) {
      throw new KeyNotFoundException(
          "Active field-encryption key '"
              + activeKeyId
              + "' is not in the keystore named by "
              + PROPERTY_KEYSTORE
              + "; add it, or set "
              + PROPERTY_ACTIVE_KEY
              + " to a key id that is there");
    }
  }

  /** Returns the id of the key that encrypts new values. */
  public String activeKeyId() {
    return activeKeyId;
  }

  /** Returns the key with the given id, or throws {@link KeyNotFoundException}. */
  public SecretKey key(String keyId) {
    SecretKey key = keys.get(keyId);
    if (key == null) {
      throw new KeyNotFoundException(
          "Field-encryption key '"
              + keyId
              + "' is not in the keystore named by "
              + PROPERTY_KEYSTORE);
    }
    return key;
  }

  static Map<String, SecretKey> readKeys(Path keystore, String password) {
    KeyStore store = Pkcs12Keystores.read(keystore, password.toCharArray(), PROPERTY_KEYSTORE);
    try {
      Map<String, SecretKey> found = new HashMap<>();
      for (String alias : Collections.list(store.aliases())) {
        if (store.getKey(alias, password.toCharArray()) instanceof SecretKey key
            && "AES".equalsIgnoreCase(key.getAlgorithm())) {
          found.put(alias, key);
        }
      }
      return found;
    } catch (GeneralSecurityException e) {
      throw new KeyNotFoundException(
          "Cannot read a key from the field-encryption keystore named by " + PROPERTY_KEYSTORE, e);
    }
  }
}

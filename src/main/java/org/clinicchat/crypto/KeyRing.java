package org.clinicchat.crypto;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.logging.Logger;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key-encryption keys (KEKs), loaded from a PKCS12 keystore outside the WAR and the database.
 *
 * <p>Every AES secret key in the keystore is usable under its alias, which is the key id stored
 * with each wrapped data key and each {@code v1} value. The active key wraps new data keys: the key
 * named in the active key file beside the keystore (see {@link KekKeystore}) once an administrator
 * has activated one, and until then the key named by {@code clinicchat.crypto.active-key-id}. The
 * file is read on every call, so an activation takes effect without a restart on every server that
 * shares the keystore folder. A key added to the keystore file with keytool is found without a
 * restart: asking for a key id that is missing re-reads the file if it changed since it was last
 * read.
 */
@ApplicationScoped
public class KeyRing {

  static final String PROPERTY_KEYSTORE = "clinicchat.crypto.keystore";
  static final String PROPERTY_ACTIVE_KEY = "clinicchat.crypto.active-key-id";
  private static final Logger LOG = Logger.getLogger(KeyRing.class.getName());

  @Inject
  @ConfigProperty(name = PROPERTY_KEYSTORE)
  String keystorePath;

  @Inject
  @ConfigProperty(name = "clinicchat.crypto.keystore-password")
  String keystorePassword;

  @Inject
  @ConfigProperty(name = PROPERTY_ACTIVE_KEY)
  String activeKeyId;

  private volatile Map<String, SecretKey> keys;
  private volatile FileTime keystoreModified;
  private KekKeystore keystore;

  @PostConstruct
  void load() {
    keystore = new KekKeystore(Path.of(keystorePath), keystorePassword.toCharArray());
    readKeystore();
    String active = activeKeyId();
    if (!keys.containsKey(active)) {
      throw new KeyNotFoundException(
          "Active key-encryption key '"
              + active
              + "' is not in the keystore named by "
              + PROPERTY_KEYSTORE
              + "; add it, or name a key that is there in "
              + keystore.activeKeyFile().getFileName()
              + " (or in "
              + PROPERTY_ACTIVE_KEY
              + " when that file does not exist)");
    }
  }

  /**
   * Returns the id of the key that wraps new data keys: the one the active key file names, or the
   * configured starting value while there is no such file.
   */
  public String activeKeyId() {
    return keystore.readActiveKeyId().orElse(activeKeyId);
  }

  /** Returns the ids of all keys in the keystore, in order, re-reading it if it changed. */
  public SortedSet<String> keyIds() {
    return new TreeSet<>(reloadIfChanged().keySet());
  }

  /** Generates a new AES-256 key-encryption key under the id and stores it in the keystore. */
  void addKey(String keyId) {
    keystore.addKey(keyId);
    readKeystore();
  }

  /**
   * Makes a key of the keystore the active one for new data keys.
   *
   * @throws KeyAdministrationException if the keystore has no such key
   */
  void activate(String keyId) {
    if (!contains(keyId)) {
      throw new KeyAdministrationException(
          "The keystore has no key with id '" + keyId + "'; add it first.");
    }
    keystore.writeActiveKeyId(keyId);
  }

  /** Removes a key from the keystore; callers check first that nothing uses it. */
  void deleteKey(String keyId) {
    keystore.deleteKey(keyId);
    readKeystore();
  }

  /**
   * Returns when a key was added to the keystore, as PKCS12 records it, or empty if the keystore
   * has no such key or no date for it.
   */
  public Optional<Instant> createdAt(String keyId) {
    KeyStore store =
        Pkcs12Keystores.read(
            Path.of(keystorePath), keystorePassword.toCharArray(), PROPERTY_KEYSTORE);
    try {
      return Optional.ofNullable(store.getCreationDate(keyId)).map(Date::toInstant);
    } catch (KeyStoreException e) {
      throw new KeyNotFoundException(
          "Cannot read the field-encryption keystore named by " + PROPERTY_KEYSTORE, e);
    }
  }

  /** Returns whether the keystore contains a key with the id, re-reading it if it changed. */
  public boolean contains(String keyId) {
    return keys.containsKey(keyId) || reloadIfChanged().containsKey(keyId);
  }

  /** Returns the key with the given id, or throws {@link KeyNotFoundException}. */
  public SecretKey key(String keyId) {
    SecretKey key = keys.get(keyId);
    if (key == null) {
      key = reloadIfChanged().get(keyId);
    }
    if (key == null) {
      throw new KeyNotFoundException(
          "Field-encryption key '"
              + keyId
              + "' is not in the keystore named by "
              + PROPERTY_KEYSTORE);
    }
    return key;
  }

  private synchronized Map<String, SecretKey> reloadIfChanged() {
    if (!modifiedTime(Path.of(keystorePath)).equals(keystoreModified)) {
      readKeystore();
      LOG.info(() -> "Re-read the field-encryption keystore; key ids: " + keys.keySet());
    }
    return keys;
  }

  private synchronized void readKeystore() {
    Path file = Path.of(keystorePath);
    keystoreModified = modifiedTime(file);
    keys = Collections.unmodifiableMap(readKeys(file, keystorePassword));
  }

  private static FileTime modifiedTime(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      throw new KeyNotFoundException(
          "Cannot read the field-encryption keystore named by " + PROPERTY_KEYSTORE, e);
    }
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

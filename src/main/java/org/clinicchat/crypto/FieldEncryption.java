package org.clinicchat.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Envelope encryption: each conversation and each patient identity (the owner, named by its id)
 * gets its own AES-256 {@link DataKey}, stored only wrapped by a key-encryption key (KEK) of the
 * {@link KeyRing}. An unwrapped data key lives only in memory for one call and is never stored or
 * logged.
 */
@ApplicationScoped
public class FieldEncryption {

  private static final Logger LOG = Logger.getLogger(FieldEncryption.class.getName());
  private static final int DATA_KEY_BITS = 256;

  /**
   * Encryptions left under a data key when it gets new material: more than one transaction makes,
   * so a transaction that starts below the limit never reaches it.
   */
  static final long RENEWAL_HEADROOM = 1L << 16;

  @PersistenceContext EntityManager entityManager;

  @Inject KeyRing keyRing;

  @Inject KeyUsageCounter keyUsage;

  @Inject Instance<DataKeyValues> valueStores;

  private final Clock clock = Clock.systemUTC();

  /**
   * Returns a sealer for an owner's values, creating its data key on first use, and renewing it
   * when fewer than {@link #RENEWAL_HEADROOM} encryptions are left before the NIST SP 800-38D
   * limit. The data key row stays locked until the transaction ends, so its encryption count has no
   * lost updates.
   *
   * @throws DataKeyErasedException if the owner was erased
   */
  @Transactional(TxType.MANDATORY)
  public FieldSealer sealerFor(String ownerId) {
    // The MariaDB pool runs at READ COMMITTED: at REPEATABLE READ this locking read of a missing
    // row
    // takes a gap lock, and new conversations whose first messages arrived together deadlocked.
    DataKey dataKey = find(ownerId, LockModeType.PESSIMISTIC_WRITE);
    if (dataKey == null) {
      return createDataKey(ownerId);
    }
    if (dataKey.isErased()) {
      throw new DataKeyErasedException(ownerId);
    }
    if (dataKey.getEncryptionCount() > EncryptionLimit.MAX_ENCRYPTIONS - RENEWAL_HEADROOM) {
      return renew(dataKey);
    }
    return new FieldSealer(dataKey, unwrap(dataKey));
  }

  /**
   * Gives a locked data key new AES-256 material and re-encrypts its owner's values under it, in
   * the caller's transaction, so that the owner keeps working past the encryption limit of the old
   * material. The row keeps its id, which the stored values name, and is wrapped by the active KEK.
   *
   * <p>NOTE: a transcript read that overlaps the renewal can load values and key from either side
   * of its commit; those values then show as unreadable, and are audited as failed decryptions,
   * until the page is read again.
   */
  private FieldSealer renew(DataKey dataKey) {
    String ownerId = dataKey.getConversationId();
    FieldOpener previous = new FieldOpener(ownerId, keyRing, () -> dataKey, this);
    SecretKey renewed = newDataKey();
    long retiredCount = dataKey.getEncryptionCount();
    dataKey.resetEncryptions();
    FieldSealer sealer = new FieldSealer(dataKey, renewed);

    int values = 0;
    for (DataKeyValues store : valueStores) {
      values += store.reencrypt(ownerId, previous, sealer);
    }
    wrap(dataKey, renewed, keyRing.activeKeyId());

    int reencrypted = values;
    LOG.info(
        () ->
            "Data key "
                + dataKey.getId()
                + " renewed after "
                + retiredCount
                + " encryptions; "
                + reencrypted
                + " value(s) re-encrypted");
    return sealer;
  }

  /** Returns whether the owner's data key was erased, by a plain read that takes no lock. */
  public boolean isErased(String ownerId) {
    DataKey dataKey = find(ownerId, LockModeType.NONE);
    return dataKey != null && dataKey.isErased();
  }

  /** Returns an opener for an owner's values; it reads the data key on first use. */
  public FieldOpener openerFor(String ownerId) {
    return new FieldOpener(ownerId, keyRing, () -> find(ownerId, LockModeType.NONE), this);
  }

  /**
   * Deletes an owner's wrapped data key (crypto-shredding), or records an owner that had none as
   * erased, so that no key is made for it later. Returns whether a key was destroyed.
   */
  @Transactional(TxType.MANDATORY)
  public boolean erase(String ownerId) {
    DataKey dataKey = find(ownerId, LockModeType.PESSIMISTIC_WRITE);
    boolean destroyed = dataKey != null && !dataKey.isErased();
    if (dataKey == null) {
      dataKey = new DataKey(ownerId, Instant.now(clock));
      entityManager.persist(dataKey);
    }
    dataKey.erase(Instant.now(clock));
    LOG.info(() -> "Data key of " + ownerId + " erased");
    return destroyed;
  }

  /**
   * Re-wraps data keys under the active KEK, skipping those that are erased or already wrapped by
   * it, so that running it twice for the same ids is harmless. The messages they encrypt stay as
   * they are. Returns how many keys were re-wrapped.
   *
   * <p>It runs in a transaction of its own, not in the batch chunk's: the chunk's transaction
   * already uses the batch job repository's database connection, and a JTA transaction takes only
   * one connection that is not XA-capable. A restart after a crash between this commit and the
   * chunk's checkpoint repeats these ids, which are then skipped.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public int rewrap(List<String> dataKeyIds) {
    String activeKekId = keyRing.activeKeyId();
    int rewrapped = 0;
    for (String dataKeyId : dataKeyIds) {
      DataKey dataKey =
          entityManager.find(DataKey.class, dataKeyId, LockModeType.PESSIMISTIC_WRITE);
      if (dataKey != null && !dataKey.isErased() && !activeKekId.equals(dataKey.getKekId())) {
        wrap(dataKey, unwrap(dataKey), activeKekId);
        rewrapped++;
      }
    }
    return rewrapped;
  }

  /**
   * Returns the ids of data keys wrapped by another KEK than the active one, after an id. It runs
   * outside the batch chunk's transaction for the reason given at {@link #rewrap}.
   */
  @Transactional(TxType.NOT_SUPPORTED)
  public List<String> staleDataKeyIds(String afterId, int max) {
    return entityManager
        .createQuery(
            "SELECT d.id FROM DataKey d WHERE d.wrappedKey IS NOT NULL AND d.kekId <> :active"
                + " AND d.id > :after ORDER BY d.id",
            String.class)
        .setParameter("active", keyRing.activeKeyId())
        .setParameter("after", afterId)
        .setMaxResults(max)
        .getResultList();
  }

  /** Decrypts a wrapped data key with the KEK that its row names. */
  SecretKey unwrap(DataKey dataKey) {
    StoredValue wrapped = StoredValue.parse(dataKey.getWrappedKey());
    if (!wrapped.keyId().equals(dataKey.getKekId())) {
      throw new DecryptionFailedException(
          "Data key " + dataKey.getId() + " is wrapped by another key than its row names", null);
    }
    byte[] material =
        FieldCipher.decrypt(wrapped, keyRing.key(wrapped.keyId()), dataKey.wrappedKeyLocation());
    return new SecretKeySpec(material, "AES");
  }

  private FieldSealer createDataKey(String ownerId) {
    DataKey dataKey = new DataKey(ownerId, Instant.now(clock));
    SecretKey key = newDataKey();
    wrap(dataKey, key, keyRing.activeKeyId());
    entityManager.persist(dataKey);
    return new FieldSealer(dataKey, key);
  }

  void wrap(DataKey dataKey, SecretKey key, String kekId) {
    keyUsage.count(kekId, 1);
    String wrapped =
        FieldCipher.encrypt(
            key.getEncoded(), kekId, keyRing.key(kekId), dataKey.wrappedKeyLocation());
    dataKey.wrap(kekId, wrapped, Instant.now(clock));
  }

  private DataKey find(String ownerId, LockModeType lock) {
    List<DataKey> found =
        entityManager
            .createQuery("SELECT d FROM DataKey d WHERE d.conversationId = :id", DataKey.class)
            .setParameter("id", ownerId)
            .setLockMode(lock)
            .getResultList();
    return found.isEmpty() ? null : found.getFirst();
  }

  private static SecretKey newDataKey() {
    try {
      KeyGenerator generator = KeyGenerator.getInstance("AES");
      generator.init(DATA_KEY_BITS);
      return generator.generateKey();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot generate an AES-256 data key", e);
    }
  }
}

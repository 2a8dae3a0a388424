package org.clinicchat.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.logging.Logger;

/**
 * Counts encryptions under key-encryption keys in the {@code key_usage} table and enforces {@link
 * EncryptionLimit} on them.
 */
@ApplicationScoped
public class KeyUsageCounter {

  private static final Logger LOG = Logger.getLogger(KeyUsageCounter.class.getName());

  @PersistenceContext EntityManager entityManager;

  /**
   * Counts encryptions about to be made under a KEK, or throws {@link
   * EncryptionLimitExceededException}. The count commits in its own transaction before the
   * encryption: a caller that rolls back leaves the count too high, never too low, which is the
   * safe side of the limit.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void count(String kekId, long added) {
    KeyUsage usage = entityManager.find(KeyUsage.class, kekId, LockModeType.PESSIMISTIC_WRITE);
    if (usage == null) {
      usage = new KeyUsage(kekId);
      entityManager.persist(usage);
    }
    enforce("Key-encryption key", kekId, usage.getEncryptionCount(), added, KEK_REMEDY);
    usage.countEncryptions(added);
  }

  /** Makes sure the KEK has a count row, so that concurrent first encryptions do not race. */
  @Transactional(TxType.REQUIRES_NEW)
  public void register(String kekId) {
    if (entityManager.find(KeyUsage.class, kekId) == null) {
      entityManager.persist(new KeyUsage(kekId));
    }
  }

  static final String KEK_REMEDY = "add and activate a new key-encryption key, then rotate";

  /**
   * Applies {@link EncryptionLimit} to a key of the given kind: logs a warning or rejects.
   *
   * @param remedy what an administrator does about it, for the log and the exception
   */
  static void enforce(String kind, String keyId, long countBefore, long added, String remedy) {
    switch (EncryptionLimit.check(countBefore, added)) {
      case REJECTED -> {
        String message =
            kind
                + " "
                + keyId
                + " has reached the NIST SP 800-38D limit of 2^32 AES-GCM encryptions; "
                + remedy;
        LOG.severe(message);
        throw new EncryptionLimitExceededException(message);
      }
      case ALLOWED_WITH_WARNING ->
          LOG.warning(
              () ->
                  kind
                      + " "
                      + keyId
                      + " has made "
                      + (countBefore + added)
                      + " of its 2^32 allowed AES-GCM encryptions (NIST SP 800-38D); before it"
                      + " reaches the limit, "
                      + remedy);
      case ALLOWED -> {}
    }
  }
}

package org.clinicchat.crypto;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.clinicchat.audit.AccessPurpose;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.Audited;
import org.clinicchat.audit.AuditedResource;
import org.clinicchat.security.Roles;

/**
 * Adds, activates and deletes key-encryption keys (KEKs) in the keystore while the server runs.
 * Only administrators may, and every call is audited with the key id, rejected ones as failures.
 *
 * <p>A KEK is deleted only when it is not the active key, wraps no data key and no {@link
 * KeyDependents} value names it: deleting it earlier would make those values unreadable for good.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class KeyAdministration {

  private static final Logger LOG = Logger.getLogger(KeyAdministration.class.getName());

  @PersistenceContext EntityManager entityManager;

  @Inject KeyRing keyRing;

  @Inject KeyUsageCounter keyUsage;

  @Inject Instance<KeyDependents> dependents;

  /**
   * Generates a new AES-256 KEK under the id. It wraps nothing until it is activated.
   *
   * @throws KeyAdministrationException if the id is invalid or taken
   */
  @Audited(
      value = AuditAction.KEY_ADDED,
      resourceType = "KeyEncryptionKey",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public void add(@AuditedResource String keyId) {
    keyRing.addKey(keyId);
    LOG.info(() -> "Key-encryption key " + keyId + " added to the keystore");
  }

  /**
   * Makes a KEK of the keystore the one that wraps new data keys, on every server that shares the
   * keystore folder, without a restart. Existing data keys keep their KEK until key rotation.
   *
   * @throws KeyAdministrationException if the keystore has no such key
   */
  @Audited(
      value = AuditAction.KEY_ACTIVATED,
      resourceType = "KeyEncryptionKey",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public void activate(@AuditedResource String keyId) {
    KekKeystore.requireValidId(keyId);
    keyRing.activate(keyId);
    keyUsage.register(keyId);
    LOG.info(() -> "Key-encryption key " + keyId + " is now the active key");
  }

  /**
   * Deletes a retired KEK from the keystore.
   *
   * @throws KeyAdministrationException naming every reason if something still uses the key
   */
  @Audited(
      value = AuditAction.KEY_DELETED,
      resourceType = "KeyEncryptionKey",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public void delete(@AuditedResource String keyId) {
    KekKeystore.requireValidId(keyId);
    if (!keyRing.contains(keyId)) {
      throw new KeyAdministrationException("The keystore has no key with id '" + keyId + "'.");
    }
    List<String> blockers = deletionBlockers(keyId, dataKeysByKek(), keyRing.activeKeyId());
    if (!blockers.isEmpty()) {
      throw new KeyAdministrationException(
          "Key '" + keyId + "' was not deleted: " + String.join("; ", blockers) + ".");
    }
    keyRing.deleteKey(keyId);
    LOG.info(() -> "Key-encryption key " + keyId + " deleted from the keystore");
  }

  /** Returns every KEK of the keystore with what it protects, in key id order. */
  public List<KekStatus> keys() {
    Map<String, Long> dataKeys = dataKeysByKek();
    Map<String, Long> encryptions = new HashMap<>();
    for (KeyUsage usage :
        entityManager.createQuery("SELECT u FROM KeyUsage u", KeyUsage.class).getResultList()) {
      encryptions.put(usage.getKeyId(), usage.getEncryptionCount());
    }
    String active = keyRing.activeKeyId();
    List<KekStatus> statuses = new ArrayList<>();
    for (String keyId : keyRing.keyIds()) {
      statuses.add(
          new KekStatus(
              keyId,
              keyId.equals(active),
              dataKeys.getOrDefault(keyId, 0L),
              encryptions.getOrDefault(keyId, 0L),
              deletionBlockers(keyId, dataKeys, active)));
    }
    return statuses;
  }

  private List<String> deletionBlockers(String keyId, Map<String, Long> dataKeys, String active) {
    List<String> blockers = new ArrayList<>();
    if (keyId.equals(active)) {
      blockers.add("it is the active key; activate another key first");
    }
    long wrapped = dataKeys.getOrDefault(keyId, 0L);
    if (wrapped > 0) {
      blockers.add("it wraps " + wrapped + " data key(s); run key rotation first");
    }
    for (KeyDependents dependent : dependents) {
      long count = dependent.countUnder(keyId);
      if (count > 0) {
        blockers.add(
            "it encrypts " + dependent.describe(count) + " directly; run key rotation first");
      }
    }
    return blockers;
  }

  private Map<String, Long> dataKeysByKek() {
    Map<String, Long> counts = new HashMap<>();
    for (Object[] row :
        entityManager
            .createQuery(
                "SELECT d.kekId, COUNT(d) FROM DataKey d WHERE d.wrappedKey IS NOT NULL"
                    + " GROUP BY d.kekId",
                Object[].class)
            .getResultList()) {
      counts.put((String) row[0], ((Number) row[1]).longValue());
    }
    return counts;
  }
}

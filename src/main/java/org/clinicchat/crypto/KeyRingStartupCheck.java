package org.clinicchat.crypto;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;

/**
 * Checks the key ring when the application starts, instead of at the first message: a missing
 * active key fails the deployment with the key id and the configuration property to fix, and a
 * missing key that still wraps data keys is logged with its id and the number of data keys.
 */
@Singleton
@Startup
public class KeyRingStartupCheck {

  private static final Logger LOG = Logger.getLogger(KeyRingStartupCheck.class.getName());

  @PersistenceContext EntityManager entityManager;

  @Inject KeyRing keyRing;

  @Inject KeyUsageCounter keyUsage;

  @PostConstruct
  void check() {
    String activeKekId = keyRing.activeKeyId();
    keyUsage.register(activeKekId);
    List<Object[]> inUse =
        entityManager
            .createQuery(
                "SELECT d.kekId, COUNT(d) FROM DataKey d WHERE d.wrappedKey IS NOT NULL"
                    + " GROUP BY d.kekId",
                Object[].class)
            .getResultList();
    for (Object[] row : inUse) {
      String kekId = (String) row[0];
      if (!keyRing.contains(kekId)) {
        LOG.severe(
            "Key-encryption key '"
                + kekId
                + "' wraps "
                + row[1]
                + " data key(s) but is not in the keystore named by "
                + KeyRing.PROPERTY_KEYSTORE
                + "; the conversations under it cannot be read until the key is restored");
      }
    }
    LOG.info(() -> "Key ring ready; active key-encryption key " + activeKekId);
  }
}

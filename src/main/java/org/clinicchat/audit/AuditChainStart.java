package org.clinicchat.audit;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;

/**
 * Prepares the audit chain at start: loads the audit keys, so a missing key stops the deployment,
 * and creates the chain head row on the first start.
 *
 * <p>A missing head row beside sealed events means someone deleted it. Starting a new chain then
 * would hide every event before it from verification, so the start fails instead.
 */
@Singleton
@Startup
public class AuditChainStart {

  private static final Logger LOG = Logger.getLogger(AuditChainStart.class.getName());

  @PersistenceContext EntityManager entityManager;

  @Inject AuditKeyring keyring;

  @PostConstruct
  void prepare() {
    keyring.keys();
    if (entityManager.find(AuditChainHead.class, AuditChainHead.ID) != null) {
      return;
    }

    long sealed =
        entityManager
            .createQuery(
                "SELECT COUNT(e) FROM AuditEvent e WHERE e.eventHash IS NOT NULL", Long.class)
            .getSingleResult();
    if (sealed > 0) {
      throw new IllegalStateException(
          "The audit chain head row is missing although "
              + sealed
              + " sealed audit events exist. Restore the row in audit_chain_head from the newest"
              + " signed checkpoint before starting ClinicChat.");
    }
    Long lastUnchained =
        entityManager
            .createQuery("SELECT MAX(e.sequence) FROM AuditEvent e", Long.class)
            .getSingleResult();
    long start = lastUnchained == null ? 0 : lastUnchained;
    entityManager.persist(AuditChainHead.start(start));
    LOG.info(() -> "Audit chain started after event " + start);
  }
}

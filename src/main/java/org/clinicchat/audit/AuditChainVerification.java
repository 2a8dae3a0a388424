package org.clinicchat.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.clinicchat.audit.chain.AuditChainVerifier;
import org.clinicchat.audit.chain.ChainAnchor;
import org.clinicchat.audit.chain.ChainCheckpoint;
import org.clinicchat.audit.chain.ChainVerification;

/**
 * Verifies the stored audit chain with the audit key: from its first chained event up to the head
 * row, which it must end at, and through the newest signed checkpoint, which it must contain.
 * Events appended while it runs are left for the next run.
 */
@ApplicationScoped
public class AuditChainVerification {

  @PersistenceContext EntityManager entityManager;

  @Inject AuditEvents events;

  @Inject AuditKeyring keyring;

  @Inject AuditCheckpoints checkpoints;

  /** Verifies the chain and returns the result; it never contains event content. */
  public ChainVerification verify() {
    AuditChainHead head = entityManager.find(AuditChainHead.class, AuditChainHead.ID);
    if (head == null) {
      throw new IllegalStateException("The audit chain head row is missing");
    }

    ChainAnchor checkpoint = null;
    ChainCheckpoint newest = checkpoints.newest();
    if (newest != null) {
      if (!newest.isSignedBy(keyring.keys().checkpointPublicKey())) {
        return ChainVerification.forgedCheckpoint(newest.head().sequence());
      }
      checkpoint = newest.head();
    }

    return new AuditChainVerifier(keyring.newSeal())
        .verify(
            events.chain(head.getFirstSequence(), head.getLastSequence()),
            checkpoint,
            head.anchor());
  }
}

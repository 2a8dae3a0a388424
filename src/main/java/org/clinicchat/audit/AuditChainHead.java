package org.clinicchat.audit;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.clinicchat.audit.chain.AuditSeal;
import org.clinicchat.audit.chain.ChainAnchor;

/**
 * The single row that names the newest event of the audit chain. Every append locks it with a
 * pessimistic write lock, takes the next sequence number from it and advances it in the same
 * transaction, so appends are serialised and the chain stays linear on every database and instance.
 * Verification expects the chain to end exactly here.
 *
 * <p>{@code firstSequence} is the first chained event; events before it were recorded before the
 * chain existed and are not verified.
 */
@Entity
@Cacheable(false)
@Table(name = "audit_chain_head")
public class AuditChainHead {

  static final int ID = 1;

  @Id private int id;

  @Column(name = "first_sequence", nullable = false)
  private long firstSequence;

  @Column(name = "last_sequence", nullable = false)
  private long lastSequence;

  @Column(name = "last_hash", nullable = false, length = 64)
  private String lastHash;

  protected AuditChainHead() {}

  /** Returns the head of a new chain whose first event follows {@code lastUnchainedSequence}. */
  static AuditChainHead start(long lastUnchainedSequence) {
    AuditChainHead head = new AuditChainHead();
    head.id = ID;
    head.firstSequence = lastUnchainedSequence + 1;
    head.lastSequence = lastUnchainedSequence;
    head.lastHash = AuditSeal.GENESIS_HASH;
    return head;
  }

  long nextSequence() {
    return lastSequence + 1;
  }

  void advance(AuditEvent sealed) {
    lastSequence = sealed.getSequence();
    lastHash = sealed.getEventHash();
  }

  /** Returns the newest event as an anchor, or the genesis anchor of an empty chain. */
  public ChainAnchor anchor() {
    return lastSequence < firstSequence
        ? ChainAnchor.empty()
        : new ChainAnchor(lastSequence, lastHash);
  }

  public long getFirstSequence() {
    return firstSequence;
  }

  public long getLastSequence() {
    return lastSequence;
  }

  public String getLastHash() {
    return lastHash;
  }
}

package org.clinicchat.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The receipt of an erasure by retention: which conversation, under which rule, and when. It
 * contains no content of what was erased.
 */
@Entity
@Table(name = "retention_receipt")
public class ErasureReceipt {

  @Id
  @Column(name = "conversation_id", length = 36)
  private String conversationId;

  @Column(nullable = false, length = 60)
  private String rule;

  @Column(name = "erased_at", nullable = false)
  private Instant erasedAt;

  protected ErasureReceipt() {}

  ErasureReceipt(String conversationId, String rule, Instant erasedAt) {
    this.conversationId = conversationId;
    this.rule = rule;
    this.erasedAt = erasedAt;
  }

  public String getConversationId() {
    return conversationId;
  }

  public String getRule() {
    return rule;
  }

  public Instant getErasedAt() {
    return erasedAt;
  }
}

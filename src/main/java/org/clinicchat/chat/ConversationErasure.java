package org.clinicchat.chat;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.clinicchat.audit.AccessPurpose;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.Audited;
import org.clinicchat.audit.AuditedResource;
import org.clinicchat.security.Roles;

/**
 * Erases a conversation by crypto-shredding: its wrapped data key is deleted, so its messages can
 * no longer be decrypted from the database. Copies in database backups become unreadable once the
 * key-encryption keys that wrapped the data key there are rotated out and deleted. The
 * conversation's rows stay, to keep counts and the audit trail intact, and its call-back requests
 * are deleted. Only administrators may erase, and every erasure is audited.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ConversationErasure {

  @Inject TranscriptShredder shredder;

  /**
   * Erases the conversation, {@code v1} text included.
   *
   * <p>NOTE: backups taken while such text was still in {@code v1} format remain readable with the
   * keystore key until that key is retired; the key rotation job converts all {@code v1} text.
   */
  @Audited(
      value = AuditAction.CONVERSATION_ERASED,
      resourceType = "Conversation",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public void erase(@AuditedResource String conversationId) {
    shredder.shred(conversationId);
  }
}

package org.clinicchat.chat;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.clinicchat.audit.AccessPurpose;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.Audited;
import org.clinicchat.audit.AuditedResource;
import org.clinicchat.crypto.FieldEncryption;
import org.clinicchat.security.Roles;

/**
 * Erases a conversation by crypto-shredding: its wrapped data key is deleted, so its messages can
 * no longer be decrypted from the database. Copies in database backups become unreadable once the
 * key-encryption keys that wrapped the data key there are rotated out and deleted. The rows stay,
 * to keep counts and the audit trail intact. Only administrators may erase, and every erasure is
 * audited.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ConversationErasure {

  private static final Logger LOG = Logger.getLogger(ConversationErasure.class.getName());

  @PersistenceContext EntityManager entityManager;

  @Inject FieldEncryption fieldEncryption;

  @Inject LegacyMessages legacyMessages;

  /**
   * Erases the conversation. Text still in the old {@code v1} format, which the keystore key
   * decrypts directly, is first re-encrypted under the data key, so that it is erased with it.
   *
   * <p>NOTE: backups taken while such text was still in {@code v1} format remain readable with the
   * keystore key until that key is retired; the key rotation job converts all {@code v1} text.
   */
  @Audited(
      value = AuditAction.CONVERSATION_ERASED,
      resourceType = "Conversation",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public void erase(@AuditedResource String conversationId) {
    Conversation conversation =
        entityManager.find(Conversation.class, conversationId, LockModeType.PESSIMISTIC_WRITE);
    if (conversation == null) {
      throw new ConversationNotFoundException();
    }
    int converted = legacyMessages.reencrypt(conversation);
    fieldEncryption.erase(conversationId);
    LOG.info(
        () ->
            "Conversation "
                + conversationId
                + " erased; "
                + converted
                + " v1 message value(s) were re-encrypted under its data key first");
  }
}

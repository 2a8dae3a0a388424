package org.clinicchat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import org.clinicchat.audit.AccessPurpose;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.AuditOutcome;
import org.clinicchat.audit.Audited;
import org.clinicchat.audit.AuditedResource;

/**
 * The audited events of a chat that happen inside a larger call, each recorded through the {@link
 * Audited} binding under the caller: a handoff that a patient's message started, and a message that
 * failed to decrypt while a transcript was read.
 */
@ApplicationScoped
public class ChatEvents {

  @Audited(
      value = AuditAction.HANDOFF_REQUESTED,
      resourceType = "Conversation",
      purpose = AccessPurpose.PATIENT_REQUEST)
  public void handoffRequested(@AuditedResource String conversationId) {}

  @Audited(
      value = AuditAction.DECRYPTION_FAILED,
      resourceType = "Message",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public AuditOutcome decryptionFailed(@AuditedResource String messageId) {
    return AuditOutcome.FAILURE;
  }
}

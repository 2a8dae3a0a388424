package org.clinicchat.disclosure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.clinicchat.audit.AccessPurpose;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.Audited;
import org.clinicchat.audit.AuditedResource;
import org.clinicchat.chat.Conversation;
import org.clinicchat.chat.ConversationNotFoundException;
import org.clinicchat.chat.Message;
import org.clinicchat.chat.Transcripts;
import org.clinicchat.crypto.FieldEncryption;
import org.clinicchat.security.Roles;

/**
 * Discloses a transcript to a third party: exports it as text and records the disclosure in the
 * accounting of disclosures, under the conversation id, in the same transaction. If the entry
 * cannot be stored, no export is returned. Only the roles that read transcripts may do it. The
 * privacy officer reads no transcripts and finds each export in the ledger.
 */
@Stateless
@RolesAllowed({Roles.CLINICIAN, Roles.ADMIN})
public class TranscriptDisclosure {

  @PersistenceContext EntityManager entityManager;

  @Inject Transcripts transcripts;

  @Inject FieldEncryption fieldEncryption;

  @Inject SecurityContext securityContext;

  private final Clock clock = Clock.systemUTC();

  /**
   * Exports the transcript of a conversation for a recipient and records the disclosure.
   *
   * @throws InvalidDisclosureException if a field is missing or too long, or no message of the
   *     conversation is readable (it is empty or erased)
   * @throws ConversationNotFoundException if no conversation has the id
   */
  @Audited(
      value = AuditAction.TRANSCRIPT_EXPORTED,
      resourceType = "Conversation",
      purpose = AccessPurpose.ACCOUNTED_DISCLOSURE)
  public TranscriptExport disclose(
      @AuditedResource String conversationId,
      String recipient,
      String description,
      DisclosurePurpose purpose) {
    String recipientText = DisclosureEntries.requireRecipient(recipient);
    String descriptionText = DisclosureEntries.requireDescription(description);
    DisclosurePurpose checkedPurpose = DisclosureEntries.requirePurpose(purpose);
    Conversation conversation = entityManager.find(Conversation.class, conversationId);
    if (conversation == null) {
      throw new ConversationNotFoundException();
    }
    List<Message> messages = transcripts.messages(conversation);
    if (messages.stream().noneMatch(Message::isReadable)) {
      throw new InvalidDisclosureException(
          "This conversation has no readable message to disclose: it is empty or erased.");
    }

    Instant now = Instant.now(clock);
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    Disclosure entry =
        DisclosureEntries.newEntry(
            conversation.getId(),
            today,
            checkedPurpose,
            securityContext.getCallerPrincipal().getName(),
            now);
    String ledgerDescription =
        "Chat transcript, " + messages.size() + " messages, exported as text: " + descriptionText;
    String id =
        DisclosureEntries.store(
            entityManager, fieldEncryption, entry, recipientText, ledgerDescription);
    String text = TranscriptText.render(conversation.getId(), entry, recipientText, messages);
    return new TranscriptExport(
        "transcript-" + conversation.getId() + "-" + today + ".txt", text, id);
  }
}

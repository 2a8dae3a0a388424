package org.clinicchat.chat;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.AuditOutcome;
import org.clinicchat.audit.AuditTrail;
import org.clinicchat.crypto.DataKeyErasedException;
import org.clinicchat.crypto.FieldEncryption;
import org.clinicchat.delivery.ConversationSignal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Ends handoffs that no staff member took over within {@code clinicchat.handoff.wait-limit}
 * (default three minutes): the patient gets the message of {@code
 * clinicchat.handoff.timeout-message}, with the clinic's phone number, and the assistant answers
 * again.
 */
@Singleton
public class HandoffTimeouts {

  /** The topic of the message that informs the patient that no staff member is free. */
  public static final String TIMEOUT_TOPIC = "handoff-timeout";

  private static final Logger LOG = Logger.getLogger(HandoffTimeouts.class.getName());

  @Inject
  @ConfigProperty(name = "clinicchat.handoff.wait-limit", defaultValue = "PT3M")
  Duration waitLimit;

  @Inject
  @ConfigProperty(
      name = "clinicchat.handoff.timeout-message",
      defaultValue =
          "No staff member is free to chat right now. Please call us at (555) 010-4477, Monday to"
              + " Friday 8:00 to 18:00, and we will help you. If this is an emergency, call 911.")
  String timeoutMessage;

  @Inject Handoffs handoffs;

  @Inject FieldEncryption fieldEncryption;

  @Inject AuditTrail auditTrail;

  private final Clock clock = Clock.systemUTC();

  @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
  void onSchedule() {
    endExpired(Instant.now(clock));
  }

  /** Ends every handoff that has waited longer than the limit at {@code now}; returns how many. */
  public int endExpired(Instant now) {
    List<Handoff> expired = handoffs.waitingSince(now.minus(waitLimit));
    for (Handoff handoff : expired) {
      handoff.end(Handoff.Ending.TIMED_OUT, now);
      int sequence = tellPatient(handoff.getConversation(), now);
      handoffs.signal(
          handoff.getConversation(), ConversationSignal.Kind.HANDOFF_TIMED_OUT, sequence);
      auditTrail.recordSystemEvent(
          AuditAction.HANDOFF_ENDED,
          "Conversation",
          handoff.getConversation().getId(),
          AuditOutcome.FAILURE);
    }
    if (!expired.isEmpty()) {
      LOG.info(() -> expired.size() + " handoff(s) timed out without a staff member");
    }
    return expired.size();
  }

  /** Stores the timeout message; returns its sequence number, or 0 if none could be stored. */
  private int tellPatient(Conversation conversation, Instant now) {
    try {
      int sequence = conversation.nextSequence(now);
      handoffs.append(
          new Message(
              conversation,
              sequence,
              Sender.ASSISTANT,
              timeoutMessage,
              TIMEOUT_TOPIC,
              now,
              fieldEncryption.sealerFor(conversation.getId())));
      return sequence;
    } catch (DataKeyErasedException e) {
      // The conversation was erased while it waited, so no message in it could be read.
      return 0;
    }
  }
}

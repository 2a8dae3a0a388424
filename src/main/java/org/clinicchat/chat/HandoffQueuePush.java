package org.clinicchat.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import org.clinicchat.delivery.ConversationSignal;
import org.clinicchat.delivery.ConversationSignal.Kind;

/**
 * Tells open inbox pages over the Faces WebSocket channel {@value #CHANNEL} that the staff queue
 * changed, on this server or, through the cluster relay, on another. The message is the fixed word
 * {@value #QUEUE_CHANGED}: the page then renders the queue again through an ordinary, authorised
 * Faces request, so no conversation id or text travels in the push.
 */
@ApplicationScoped
public class HandoffQueuePush {

  /** The Faces WebSocket channel of the inbox page. */
  public static final String CHANNEL = "handoffs";

  /** The push message, which the page's {@code f:ajax} listens for as its event name. */
  public static final String QUEUE_CHANGED = "queueChanged";

  private static final Set<Kind> QUEUE_KINDS =
      EnumSet.of(
          Kind.HANDOFF_QUEUED, Kind.HANDOFF_TAKEN, Kind.HANDOFF_ENDED, Kind.HANDOFF_TIMED_OUT);

  @Inject
  @Push(channel = CHANNEL)
  PushContext inbox;

  void onSignal(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationSignal signal) {
    if (QUEUE_KINDS.contains(signal.kind())) {
      inbox.send(QUEUE_CHANGED);
    }
  }
}

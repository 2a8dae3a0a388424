package org.clinicchat.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Publishes conversation signals as CDI events. Callers publish inside the transaction that made
 * the change; observers that push to clients observe with {@code during =
 * TransactionPhase.AFTER_SUCCESS}, so nothing is announced that a rollback takes back.
 */
@ApplicationScoped
public class ConversationSignals {

  @Inject Event<ConversationSignal> events;

  /** Announces a change to observers on this server. */
  public void publish(ConversationSignal signal) {
    events.fire(signal);
  }
}

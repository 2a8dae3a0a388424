package org.clinicchat.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Publishes conversation signals as CDI events on this server and, after the transaction commits,
 * on the other members of the cluster (see {@link ClusterSignalRelay}). Callers publish inside the
 * transaction that made the change; observers that push to clients observe with {@code during =
 * TransactionPhase.AFTER_SUCCESS}, so nothing is announced that a rollback takes back. A signal
 * from another member arrives qualified {@link FromCluster} and outside any transaction, so such an
 * observer is notified at once.
 */
@ApplicationScoped
public class ConversationSignals {

  @Inject Event<ConversationSignal> events;

  /** Announces a change to observers on this server and, once committed, on the cluster. */
  public void publish(ConversationSignal signal) {
    events.fire(signal);
  }
}

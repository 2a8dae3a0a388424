package org.clinicchat.delivery;

import fish.payara.micro.cdi.Inbound;
import fish.payara.micro.cdi.Outbound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Default;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Carries conversation signals between cluster members over Payara's clustered CDI event bus, which
 * runs on the Hazelcast data grid that Payara Micro starts. A committed local signal goes out; a
 * signal from another member is fired here again, qualified {@link FromCluster}, so that local
 * observers react as they do to a local change. Without Hazelcast ({@code --nohazelcast}) the event
 * bus has no other member to send to, and nothing goes out.
 */
@ApplicationScoped
class ClusterSignalRelay {

  private static final Logger LOG = Logger.getLogger(ClusterSignalRelay.class.getName());

  @Inject @Outbound Event<ClusterSignal> outbound;

  @Inject @FromCluster Event<ConversationSignal> received;

  /**
   * Sends a committed local signal to the other members. Observes the default qualifier only, so a
   * signal received from another member is not sent on again.
   */
  void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Default ConversationSignal signal) {
    try {
      outbound.fire(new ClusterSignal(signal));
    } catch (RuntimeException e) {
      // The local change is committed and local observers received it. Only the other members
      // miss it.
      LOG.log(
          Level.WARNING,
          e,
          () -> "Cannot send signal " + signal.kind() + " of " + signal.conversationId());
    }
  }

  /** Fires a signal from another member as a local event. */
  void receive(@Observes @Inbound ClusterSignal envelope) {
    ConversationSignal signal = envelope.signal();
    LOG.fine(() -> "Received signal " + signal.kind() + " of " + signal.conversationId());
    received.fire(signal);
  }
}

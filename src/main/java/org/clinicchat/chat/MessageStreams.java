package org.clinicchat.chat;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.clinicchat.delivery.ConversationSignal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The message streams open on this server. A stream is woken when a {@code MESSAGE_STORED} signal
 * arrives after its transaction committed, and again by {@link #sweep} every few seconds, which
 * re-reads the database, so a lost signal only delays a message. The sweep also sends heartbeats
 * and ends each stream at the earlier of its maximum duration and its token's expiry, after which
 * the client reconnects with {@code Last-Event-ID}.
 */
@ApplicationScoped
public class MessageStreams {

  /** How long a stream may stay silent before it gets a heartbeat comment. */
  static final Duration HEARTBEAT_INTERVAL = Duration.ofSeconds(15);

  @Inject
  @ConfigProperty(name = "clinicchat.stream.max-duration", defaultValue = "PT5M")
  Duration maxDuration;

  @Inject StreamDeliveries deliveries;

  private final Set<MessageStream> open = ConcurrentHashMap.newKeySet();

  private final Clock clock = Clock.systemUTC();

  /**
   * Opens a stream of the conversation's messages after sequence number {@code after}: first those
   * stored already, then new ones as they are stored.
   */
  void open(String conversationId, int after, Instant tokenExpiry, SseEventSink sink, Sse sse) {
    Instant now = Instant.now(clock);
    Instant maxEnd = now.plus(maxDuration);
    Instant end = tokenExpiry.isBefore(maxEnd) ? tokenExpiry : maxEnd;
    MessageStream stream = new MessageStream(conversationId, after, end, sink, sse);
    // Registered before the first read, so a message stored meanwhile is read by one or the other.
    open.add(stream);
    stream.open(now);
    wake(stream);
  }

  /** Wakes the streams of a conversation after the transaction that stored a message committed. */
  void onSignal(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationSignal signal) {
    if (signal.kind() != ConversationSignal.Kind.MESSAGE_STORED) {
      return;
    }
    for (MessageStream stream : open) {
      if (stream.conversationId().equals(signal.conversationId())
          && stream.lastSent() < signal.sequence()) {
        wake(stream);
      }
    }
  }

  /** Ends expired and broken streams, re-reads the database for the others, sends heartbeats. */
  void sweep() {
    Instant now = Instant.now(clock);
    for (MessageStream stream : open) {
      if (stream.isClosed() || stream.isPast(now)) {
        stream.close();
        open.remove(stream);
      } else {
        wake(stream);
        stream.heartbeat(HEARTBEAT_INTERVAL, now);
      }
    }
  }

  @PreDestroy
  void closeAll() {
    open.forEach(MessageStream::close);
    open.clear();
  }

  private void wake(MessageStream stream) {
    deliveries.deliver(stream);
  }
}

package org.clinicchat.chat;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One open Server-Sent Events stream of a conversation's messages to the patient's widget.
 *
 * <p>Each event carries one message: its sequence number as the event id and its {@link
 * MessageView} as JSON data. The stream sends messages strictly in sequence order, each once: it
 * remembers the last sequence number sent and sends only the message right after it, so a message
 * whose predecessor is not readable yet waits for the next delivery. All sends hold one lock, so
 * deliveries started by a signal, by the periodic re-read and by a heartbeat never interleave.
 */
public final class MessageStream {

  private static final Logger LOG = Logger.getLogger(MessageStream.class.getName());

  /** How long one write to the client may take before the stream is closed as broken. */
  private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(10);

  /** The reconnection delay the stream suggests to clients in its first event, in milliseconds. */
  private static final long RECONNECT_DELAY_MILLIS = 2000;

  private final String conversationId;
  private final Instant end;
  private final SseEventSink sink;
  private final Sse sse;
  private final ReentrantLock lock = new ReentrantLock();
  private volatile int lastSent;
  private Instant lastWrite = Instant.EPOCH;
  private volatile boolean closed;

  MessageStream(String conversationId, int after, Instant end, SseEventSink sink, Sse sse) {
    this.conversationId = conversationId;
    this.lastSent = after;
    this.end = end;
    this.sink = sink;
    this.sse = sse;
  }

  String conversationId() {
    return conversationId;
  }

  /** Returns the sequence number of the last message sent, or the one the client resumed after. */
  int lastSent() {
    return lastSent;
  }

  boolean isClosed() {
    return closed || sink.isClosed();
  }

  boolean isPast(Instant now) {
    return !now.isBefore(end);
  }

  /**
   * Sends the first event, a comment with the suggested reconnection delay, so that the client gets
   * the response headers at once.
   */
  void open(Instant now) {
    write(
        sse.newEventBuilder().comment("stream opened").reconnectDelay(RECONNECT_DELAY_MILLIS), now);
  }

  /**
   * Sends the messages after the last one sent, as {@code reader} returns them for a sequence
   * number, in order and stopping at the first gap.
   */
  void deliver(IntFunction<List<MessageView>> reader, Instant now) {
    lock.lock();
    try {
      if (isClosed()) {
        return;
      }
      for (MessageView message : reader.apply(lastSent)) {
        if (message.sequence() != lastSent + 1 || !write(event(message), now)) {
          return;
        }
        lastSent = message.sequence();
      }
    } finally {
      lock.unlock();
    }
  }

  /** Sends a comment if nothing was written for {@code interval}, so proxies keep the stream. */
  void heartbeat(Duration interval, Instant now) {
    lock.lock();
    try {
      if (!isClosed() && !now.isBefore(lastWrite.plus(interval))) {
        write(sse.newEventBuilder().comment("heartbeat"), now);
      }
    } finally {
      lock.unlock();
    }
  }

  void close() {
    closed = true;
    try {
      sink.close();
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.FINE, "Closing the message stream of conversation " + conversationId, e);
    }
  }

  private OutboundSseEvent.Builder event(MessageView message) {
    return sse.newEventBuilder()
        .id(String.valueOf(message.sequence()))
        .mediaType(MediaType.APPLICATION_JSON_TYPE)
        .data(MessageView.class, message);
  }

  /** Writes one event. A failed or stuck write closes the stream and returns false. */
  private boolean write(OutboundSseEvent.Builder event, Instant now) {
    try {
      sink.send(event.build())
          .toCompletableFuture()
          .get(WRITE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      lastWrite = now;
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      return false;
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      // The client went away, which is how most streams end: not an error of the server.
      LOG.log(Level.FINE, "The message stream of conversation " + conversationId + " broke", e);
      close();
      return false;
    }
  }
}

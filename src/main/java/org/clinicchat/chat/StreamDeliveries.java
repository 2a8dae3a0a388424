package org.clinicchat.chat;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Delivers messages to one stream on a container thread of its own, as an EJB asynchronous call.
 * NOTE: on Payara Micro 7.2026.11, delivering through a ManagedExecutorService task submitted from
 * a request thread made that request fail at its end with "Attempting to execute an operation on a
 * closed EntityManager", so deliveries do not use one.
 */
@Stateless
public class StreamDeliveries {

  private static final Logger LOG = Logger.getLogger(StreamDeliveries.class.getName());

  @Inject StreamedMessages messages;

  private final Clock clock = Clock.systemUTC();

  /** Sends the stream the messages stored after the last one it sent. */
  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void deliver(MessageStream stream) {
    try {
      stream.deliver(after -> messages.after(stream.conversationId(), after), Instant.now(clock));
    } catch (RuntimeException e) {
      // The class name only: a message of a persistence or serialization failure may quote data.
      LOG.warning(
          () ->
              "Delivering messages of conversation "
                  + stream.conversationId()
                  + " to its stream failed ("
                  + e.getClass().getName()
                  + "). The next sweep retries.");
    }
  }
}

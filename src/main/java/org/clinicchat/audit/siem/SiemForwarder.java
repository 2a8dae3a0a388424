package org.clinicchat.audit.siem;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.clinicchat.audit.AuditRecorded;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Forwards every stored audit event to a SIEM as an RFC 5424 syslog message over TCP with octet
 * counting, optionally over TLS (which verifies the receiver's certificate and host name against
 * the JVM's trust store). Off unless {@code clinicchat.siem.syslog.host} is set.
 *
 * <p>The request thread only offers the message to a bounded queue; one sender thread writes it.
 * When the receiver is down the sender reconnects with a growing pause, and when the queue is full
 * new messages are dropped, counted and logged, so a slow or absent SIEM never blocks or fails a
 * request. Messages that were queued when the server stops are lost.
 */
@ApplicationScoped
public class SiemForwarder {

  private static final Logger LOG = Logger.getLogger(SiemForwarder.class.getName());

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration MAX_PAUSE = Duration.ofSeconds(30);

  /** A drop is logged at its first occurrence and then once per this many. */
  static final long DROP_LOG_INTERVAL = 1000;

  @Inject
  @ConfigProperty(name = "clinicchat.siem.syslog.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "clinicchat.siem.syslog.port", defaultValue = "6514")
  int port;

  @Inject
  @ConfigProperty(name = "clinicchat.siem.syslog.tls", defaultValue = "true")
  boolean tls;

  @Inject
  @ConfigProperty(name = "clinicchat.siem.queue-capacity", defaultValue = "10000")
  int queueCapacity;

  @Resource ManagedThreadFactory threadFactory;

  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong sent = new AtomicLong();
  private BlockingQueue<byte[]> queue;
  private Thread sender;
  private String hostname;
  private volatile boolean running;

  @PostConstruct
  void start() {
    if (host.filter(name -> !name.isBlank()).isEmpty()) {
      LOG.info("SIEM forwarding is off: clinicchat.siem.syslog.host is not set");
      return;
    }
    if (queueCapacity < 1) {
      throw new IllegalArgumentException(
          "clinicchat.siem.queue-capacity must be 1 or more: " + queueCapacity);
    }
    hostname = localHostname();
    queue = new ArrayBlockingQueue<>(queueCapacity);
    running = true;
    sender = threadFactory.newThread(this::sendLoop);
    sender.setName("clinicchat-siem-forwarder");
    sender.start();
    LOG.info(
        () ->
            "Forwarding audit events to "
                + host.orElseThrow()
                + ":"
                + port
                + (tls ? " over TLS" : " over plain TCP"));
  }

  /**
   * Queues a stored audit event for the SIEM. It never waits for space and never throws, because it
   * runs on the thread of the request that recorded the event.
   */
  void onRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) AuditRecorded recorded) {
    if (queue == null) {
      return;
    }
    boolean queued;
    try {
      queued = queue.offer(SyslogFrame.frame(recorded.record(), hostname));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Audit event " + recorded.record().sequence() + " not forwarded", e);
      queued = false;
    }
    if (!queued) {
      long count = dropped.incrementAndGet();
      if (count % DROP_LOG_INTERVAL == 1) {
        LOG.warning(
            () ->
                "SIEM forwarding queue is full ("
                    + queueCapacity
                    + " events): audit events dropped so far: "
                    + count);
      }
    }
  }

  /** Returns how many events were dropped because the queue was full or formatting failed. */
  public long droppedCount() {
    return dropped.get();
  }

  /** Returns how many events the receiver accepted on its socket. */
  public long sentCount() {
    return sent.get();
  }

  @PreDestroy
  void stop() {
    running = false;
    if (sender != null) {
      sender.interrupt();
    }
  }

  private void sendLoop() {
    Socket socket = null;
    byte[] next = null;
    int failures = 0;
    while (running) {
      try {
        if (next == null) {
          next = queue.take();
        }
        if (socket == null) {
          socket = connect();
          if (failures > 0) {
            int failed = failures;
            LOG.info(() -> "SIEM receiver reachable again after " + failed + " failed attempt(s)");
          }
          failures = 0;
        }
        OutputStream out = socket.getOutputStream();
        out.write(next);
        out.flush();
        sent.incrementAndGet();
        next = null;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (IOException | RuntimeException e) {
        closeQuietly(socket);
        socket = null;
        failures++;
        if (failures == 1) {
          // The exception's class and message only: for a socket failure the stack adds nothing.
          LOG.warning(
              "Sending audit events to the SIEM at "
                  + host.orElseThrow()
                  + ":"
                  + port
                  + " failed ("
                  + e
                  + "); events wait in the queue while it reconnects");
        }
        if (!pause(failures)) {
          break;
        }
      }
    }
    closeQuietly(socket);
  }

  private Socket connect() throws IOException {
    Socket plain = new Socket();
    try {
      plain.connect(
          new InetSocketAddress(host.orElseThrow(), port), (int) CONNECT_TIMEOUT.toMillis());
      if (!tls) {
        return plain;
      }
      // NOTE: no test covers this TLS branch; the tests forward over plain TCP on loopback.
      SSLSocket secured =
          (SSLSocket)
              ((SSLSocketFactory) SSLSocketFactory.getDefault())
                  .createSocket(plain, host.orElseThrow(), port, true);
      SSLParameters parameters = secured.getSSLParameters();
      parameters.setEndpointIdentificationAlgorithm("HTTPS");
      secured.setSSLParameters(parameters);
      secured.startHandshake();
      return secured;
    } catch (IOException | RuntimeException e) {
      closeQuietly(plain);
      throw e;
    }
  }

  /** Waits 1, 2, 4 ... seconds, at most {@link #MAX_PAUSE}; returns false if interrupted. */
  private static boolean pause(int failures) {
    long seconds = Math.min(MAX_PAUSE.toSeconds(), 1L << Math.min(failures - 1, 10));
    try {
      TimeUnit.SECONDS.sleep(seconds);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void closeQuietly(Socket socket) {
    if (socket == null) {
      return;
    }
    try {
      socket.close();
    } catch (IOException e) {
      LOG.log(Level.FINE, "Closing the SIEM socket failed", e);
    }
  }

  private static String localHostname() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      LOG.log(Level.FINE, "The local host name is unknown; syslog messages carry none", e);
      return "-";
    }
  }
}

package org.clinicchat.audit.siem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import org.clinicchat.audit.AuditRecorded;
import org.clinicchat.audit.chain.AuditRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Forwarding to a receiver socket on 127.0.0.1, and dropping instead of blocking. */
class SiemForwarderTest {

  private static final int READ_TIMEOUT_MILLIS = 30_000;

  private SiemForwarder forwarder;

  @AfterEach
  void stop() {
    if (forwarder != null) {
      forwarder.stop();
    }
  }

  @Test
  void receiverGetsFramedEvent() throws IOException {
    AuditRecord record = SyslogFrameTest.record("dr-a", "SUCCESS");
    try (ServerSocket receiver = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      receiver.setSoTimeout(READ_TIMEOUT_MILLIS);
      forwarder = forwarder(receiver.getLocalPort(), 10, Thread::new);
      forwarder.start();

      forwarder.onRecorded(new AuditRecorded(record));

      try (Socket connection = receiver.accept()) {
        connection.setSoTimeout(READ_TIMEOUT_MILLIS);
        byte[] expected = SyslogFrame.frame(record, localHostname());
        assertArrayEquals(expected, readBytes(connection.getInputStream(), expected.length));
      }
    }
  }

  @Test
  void fullQueueDropsAndCounts() throws IOException {
    int closedPort;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = probe.getLocalPort();
    }
    // A sender that never runs, so the queue of two fills deterministically.
    forwarder = forwarder(closedPort, 2, task -> new Thread(() -> {}));
    forwarder.start();

    for (int i = 0; i < 5; i++) {
      forwarder.onRecorded(new AuditRecorded(SyslogFrameTest.record("dr-a", "SUCCESS")));
    }

    assertEquals(3, forwarder.droppedCount());
  }

  private static SiemForwarder forwarder(
      int port, int capacity, java.util.concurrent.ThreadFactory threads) {
    SiemForwarder forwarder = new SiemForwarder();
    forwarder.host = Optional.of("127.0.0.1");
    forwarder.port = port;
    forwarder.tls = false;
    forwarder.queueCapacity = capacity;
    forwarder.threadFactory =
        new ManagedThreadFactory() {
          @Override
          public Thread newThread(Runnable task) {
            return threads.newThread(task);
          }

          @Override
          public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
            throw new UnsupportedOperationException("The forwarder needs no fork-join pool");
          }
        };
    return forwarder;
  }

  private static byte[] readBytes(InputStream in, int count) throws IOException {
    ByteArrayOutputStream read = new ByteArrayOutputStream();
    byte[] buffer = new byte[4096];
    while (read.size() < count) {
      int n = in.read(buffer, 0, Math.min(buffer.length, count - read.size()));
      if (n < 0) {
        break;
      }
      read.write(buffer, 0, n);
    }
    return read.toByteArray();
  }

  private static String localHostname() throws IOException {
    return InetAddress.getLocalHost().getHostName();
  }
}

package org.clinicchat.audit.siem;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.clinicchat.audit.AccessPurpose;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.AuditOutcome;
import org.clinicchat.audit.AuditTrail;
import org.clinicchat.testing.Deployments;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Audit events reach a syslog receiver that the test opens inside the server on 127.0.0.1, at the
 * port that the test instance's settings name. Until the receiver opens, the forwarder has failed
 * to connect since the server started, so the first message may wait for its reconnection pause.
 */
@ExtendWith(ArquillianExtension.class)
class SiemForwardingIT {

  /** Longer than the forwarder's longest reconnection pause of 30 seconds. */
  private static final int RECEIVE_TIMEOUT_MILLIS = 90_000;

  /** A bound on the frames read before the test gives up looking for its event. */
  private static final int MAX_FRAMES = 10_000;

  @Inject AuditTrail auditTrail;

  @Deployment
  static WebArchive deployment() {
    return Deployments.clinicChatWithTestHelpers();
  }

  @Test
  void receiverGetsRecordedEvent() throws IOException {
    int port = ConfigProvider.getConfig().getValue("clinicchat.siem.syslog.port", Integer.class);
    String actor = "it-siem-" + UUID.randomUUID();
    try (ServerSocket receiver = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      receiver.setSoTimeout(RECEIVE_TIMEOUT_MILLIS);
      auditTrail.record(
          AuditAction.LOGIN_FAILED,
          "StaffAccount",
          null,
          AccessPurpose.HEALTHCARE_OPERATIONS,
          AuditOutcome.FAILURE,
          actor);

      try (Socket connection = receiver.accept()) {
        connection.setSoTimeout(RECEIVE_TIMEOUT_MILLIS);
        String frame = frameNaming(connection.getInputStream(), actor);

        assertTrue(frame.contains(" clinicchat - LOGIN_FAILED - {"), frame);
        assertTrue(frame.startsWith("<108>1 "), frame);
      }
    }
  }

  /** Reads octet-counted frames until one contains the text. */
  private static String frameNaming(InputStream in, String text) throws IOException {
    for (int i = 0; i < MAX_FRAMES; i++) {
      int length = readLength(in);
      String frame = new String(in.readNBytes(length), StandardCharsets.UTF_8);
      if (frame.contains(text)) {
        return frame;
      }
    }
    throw new AssertionError("No syslog frame names " + text);
  }

  private static int readLength(InputStream in) throws IOException {
    ByteArrayOutputStream digits = new ByteArrayOutputStream();
    for (int b = in.read(); b != ' '; b = in.read()) {
      if (b < '0' || b > '9') {
        throw new AssertionError("Not an octet-counted frame: byte " + b);
      }
      digits.write(b);
    }
    return Integer.parseInt(digits.toString(StandardCharsets.US_ASCII));
  }
}

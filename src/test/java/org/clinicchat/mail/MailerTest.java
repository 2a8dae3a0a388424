package org.clinicchat.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sends through a real SMTP server on 127.0.0.1 (GreenMail), with and without a login. */
class MailerTest {

  private GreenMail smtp;

  @BeforeEach
  void startSmtp() throws IOException {
    smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterEach
  void stopSmtp() {
    smtp.stop();
  }

  @Test
  void sendsPlainText() throws Exception {
    Mailer mailer = mailer(Optional.of("127.0.0.1"), Optional.empty(), Optional.empty());

    mailer.send(List.of("officer@clinic.test"), "Subject line", "Body text");

    MimeMessage[] received = smtp.getReceivedMessages();
    assertEquals(1, received.length);
    assertEquals("Subject line", received[0].getSubject());
    assertEquals("officer@clinic.test", received[0].getAllRecipients()[0].toString());
    assertEquals("clinicchat@clinic.test", received[0].getFrom()[0].toString());
    assertEquals("Body text", GreenMailUtil.getBody(received[0]).strip());
  }

  @Test
  void logsInWithCredentials() throws Exception {
    smtp.setUser("clinicchat", "smtp-secret");
    Mailer mailer =
        mailer(Optional.of("127.0.0.1"), Optional.of("clinicchat"), Optional.of("smtp-secret"));

    mailer.send(List.of("officer@clinic.test"), "Subject line", "Body text");

    assertEquals(1, smtp.getReceivedMessages().length);
  }

  @Test
  void offWithoutHost() throws Exception {
    Mailer mailer = mailer(Optional.empty(), Optional.empty(), Optional.empty());

    mailer.send(List.of("officer@clinic.test"), "Subject line", "Body text");

    assertFalse(mailer.isEnabled());
    assertEquals(0, smtp.getReceivedMessages().length);
  }

  @Test
  void onWithHost() {
    assertTrue(mailer(Optional.of("127.0.0.1"), Optional.empty(), Optional.empty()).isEnabled());
  }

  @Test
  void requiredStartTlsRefusesPlainServer() {
    Mailer mailer = mailer(Optional.of("127.0.0.1"), Optional.empty(), Optional.empty());
    mailer.startTls = true;
    mailer.configure();

    MailDeliveryException e =
        assertThrows(
            MailDeliveryException.class,
            () -> mailer.send(List.of("officer@clinic.test"), "Subject line", "Body text"));

    assertEquals(
        "Sending mail through 127.0.0.1:"
            + smtp.getSmtp().getPort()
            + " failed with MessagingException",
        e.getMessage());
    assertNull(e.getCause(), "no cause that could quote the recipient's address");
    assertEquals(0, smtp.getReceivedMessages().length, "nothing sent in clear text");
  }

  @Test
  void invalidRecipientRejected() {
    Mailer mailer = mailer(Optional.of("127.0.0.1"), Optional.empty(), Optional.empty());

    assertThrows(
        MailDeliveryException.class,
        () -> mailer.send(List.of("not an address\r\nBcc: x@y"), "Subject line", "Body text"));
  }

  private Mailer mailer(Optional<String> host, Optional<String> user, Optional<String> password) {
    Mailer mailer = new Mailer();
    mailer.host = host;
    mailer.port = smtp.getSmtp().getPort();
    mailer.from = "clinicchat@clinic.test";
    mailer.username = user;
    mailer.password = password;
    mailer.startTls = false;
    mailer.configure();
    return mailer;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}

package org.clinicchat.mail;

import jakarta.activation.DataHandler;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends plain-text email, optionally with one attachment, through the SMTP server named by
 * MicroProfile Config. Without {@code clinicchat.mail.smtp.host} mail is off: {@link #send} does
 * nothing, and the start logs that once.
 */
@ApplicationScoped
public class Mailer {

  private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

  @Inject
  @ConfigProperty(name = "clinicchat.mail.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "clinicchat.mail.smtp.port", defaultValue = "587")
  int port;

  @Inject
  @ConfigProperty(name = "clinicchat.mail.from", defaultValue = "clinicchat@localhost")
  String from;

  @Inject
  @ConfigProperty(name = "clinicchat.mail.smtp.username")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "clinicchat.mail.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "clinicchat.mail.smtp.starttls", defaultValue = "true")
  boolean startTls;

  private MailSettings settings;
  private Session session;

  @PostConstruct
  void configure() {
    settings = new MailSettings(host, port, from, username, password, startTls);
    if (!settings.enabled()) {
      LOG.info("Mail is off: clinicchat.mail.smtp.host is not set");
      return;
    }
    session = Session.getInstance(settings.sessionProperties(), authenticator(settings));
    LOG.info(() -> "Mail goes through " + host.orElseThrow() + ":" + port);
  }

  /** Returns whether an SMTP host is configured. */
  public boolean isEnabled() {
    return session != null;
  }

  /**
   * Sends a plain-text message to the recipients, or does nothing when mail is off.
   *
   * @throws MailDeliveryException if an address is invalid or the SMTP server fails the send
   */
  public void send(List<String> recipients, String subject, String text)
      throws MailDeliveryException {
    send(recipients, subject, text, null);
  }

  /**
   * Sends a plain-text message with an attachment, such as an iCalendar invitation, or does nothing
   * when mail is off. A null attachment sends the text alone.
   *
   * @throws MailDeliveryException if an address is invalid or the SMTP server fails the send
   */
  public void send(List<String> recipients, String subject, String text, MailAttachment attachment)
      throws MailDeliveryException {
    if (session == null || recipients.isEmpty()) {
      return;
    }
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress(settings.from(), true));
      for (String recipient : recipients) {
        message.addRecipient(Message.RecipientType.TO, new InternetAddress(recipient, true));
      }
      message.setSubject(subject, StandardCharsets.UTF_8.name());
      if (attachment == null) {
        message.setText(text, StandardCharsets.UTF_8.name());
      } else {
        message.setContent(withAttachment(text, attachment));
      }
      message.setSentDate(Date.from(Instant.now()));
      Transport.send(message);
    } catch (MessagingException e) {
      // Only the failure's type: Jakarta Mail's messages quote rejected recipient addresses, and
      // a patient's email address is PHI that callers must not log.
      throw new MailDeliveryException(
          "Sending mail through "
              + settings.host().orElseThrow()
              + ":"
              + port
              + " failed with "
              + e.getClass().getSimpleName());
    }
  }

  private static MimeMultipart withAttachment(String text, MailAttachment attachment)
      throws MessagingException {
    MimeBodyPart body = new MimeBodyPart();
    body.setText(text, StandardCharsets.UTF_8.name());
    MimeBodyPart file = new MimeBodyPart();
    file.setDataHandler(
        new DataHandler(
            new ByteArrayDataSource(
                attachment.content().getBytes(StandardCharsets.UTF_8),
                attachment.contentType() + "; charset=UTF-8")));
    file.setFileName(attachment.fileName());
    return new MimeMultipart(body, file);
  }

  private static Authenticator authenticator(MailSettings settings) {
    if (settings.username().isEmpty()) {
      return null;
    }
    PasswordAuthentication credentials =
        new PasswordAuthentication(settings.username().get(), settings.password().orElse(""));
    return new Authenticator() {
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        return credentials;
      }
    };
  }
}

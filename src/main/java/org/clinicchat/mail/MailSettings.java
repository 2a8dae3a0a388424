package org.clinicchat.mail;

import java.util.Optional;
import java.util.Properties;

/**
 * The SMTP connection that {@link Mailer} sends through. Mail is off when no host is set.
 *
 * @param host the SMTP host, or empty to turn mail off
 * @param port the SMTP port, for example 587 for submission with STARTTLS
 * @param from the sender address
 * @param username the SMTP user, or empty to send without authentication
 * @param password the SMTP password, or empty
 * @param startTls whether STARTTLS is required before anything else is sent
 */
public record MailSettings(
    Optional<String> host,
    int port,
    String from,
    Optional<String> username,
    Optional<String> password,
    boolean startTls) {

  /**
   * Timeout of connecting, reading and writing, in milliseconds. RFC 5321 section 4.5.3.2
   * recommends clients to wait minutes per command, but a patient waits while an identity code is
   * sent, so the limit here is 30 seconds.
   */
  static final int TIMEOUT_MILLIS = 30_000;

  /** Returns whether a host is configured. */
  public boolean enabled() {
    return host.filter(name -> !name.isBlank()).isPresent();
  }

  /** Returns the Jakarta Mail session properties for these settings. */
  Properties sessionProperties() {
    Properties properties = new Properties();
    properties.setProperty("mail.transport.protocol", "smtp");
    properties.setProperty("mail.smtp.host", host.orElseThrow());
    properties.setProperty("mail.smtp.port", Integer.toString(port));
    properties.setProperty("mail.smtp.from", from);
    properties.setProperty("mail.smtp.auth", Boolean.toString(username.isPresent()));
    // Required, not merely enabled: a server that offers no STARTTLS must fail the send rather
    // than receive the password and the message in clear text.
    properties.setProperty("mail.smtp.starttls.enable", Boolean.toString(startTls));
    properties.setProperty("mail.smtp.starttls.required", Boolean.toString(startTls));
    properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
    properties.setProperty("mail.smtp.connectiontimeout", Integer.toString(TIMEOUT_MILLIS));
    properties.setProperty("mail.smtp.timeout", Integer.toString(TIMEOUT_MILLIS));
    properties.setProperty("mail.smtp.writetimeout", Integer.toString(TIMEOUT_MILLIS));
    return properties;
  }
}

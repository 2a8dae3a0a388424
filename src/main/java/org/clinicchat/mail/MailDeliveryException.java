package org.clinicchat.mail;

/** Raised when the SMTP server rejects a message or cannot be reached. */
public class MailDeliveryException extends Exception {

  private static final long serialVersionUID = 1L;

  MailDeliveryException(String message, Throwable cause) {
    super(message, cause);
  }
}

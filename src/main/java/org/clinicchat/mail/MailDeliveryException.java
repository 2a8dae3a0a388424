package org.clinicchat.mail;

/**
 * Raised when the SMTP server rejects a message or cannot be reached. It carries no cause, because
 * the Jakarta Mail exception can quote recipient addresses.
 */
public class MailDeliveryException extends Exception {

  private static final long serialVersionUID = 1L;

  MailDeliveryException(String message) {
    super(message);
  }
}

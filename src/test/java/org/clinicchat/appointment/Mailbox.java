package org.clinicchat.appointment;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GreenMail SMTP server on loopback that receives the emails of the appointment tests: the
 * identity check's one-time codes and the confirmations. Each wait polls for up to 30 seconds,
 * because a busy machine delivers slowly.
 */
public final class Mailbox implements AutoCloseable {

  private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
  private static final String CODE_SUBJECT = IdentityChecks.SUBJECT;
  private static final int TRIES = 300;
  private static final int WAIT_MILLIS = 100;

  private final GreenMail smtp;

  /** Starts the server on the port that the test instance sends to. */
  public Mailbox(int port) {
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  /** Returns the code of the first email to the address. */
  public String codeSentTo(String email) {
    try {
      for (int tries = 0; tries < TRIES; tries++) {
        for (MimeMessage message : smtp.getReceivedMessages()) {
          for (Address recipient : message.getAllRecipients()) {
            if (recipient.toString().equals(email)) {
              Matcher code = CODE.matcher(message.getContent().toString());
              if (!code.find()) {
                throw new AssertionError("No code in the email to " + email);
              }
              return code.group(1);
            }
          }
        }
        waitForNext();
      }
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException("Cannot read the received email", e);
    }
    throw new AssertionError("No email reached " + email);
  }

  /**
   * Returns the code of the latest code email to the address. A code is emailed before the request
   * that asked for it returns, so a test calls this after that request.
   */
  String latestCodeSentTo(String email) {
    try {
      String latest = null;
      for (MimeMessage message : smtp.getReceivedMessages()) {
        if (CODE_SUBJECT.equals(message.getSubject())
            && message.getAllRecipients()[0].toString().equals(email)) {
          latest = message.getContent().toString();
        }
      }
      if (latest == null) {
        return codeSentTo(email);
      }
      Matcher code = CODE.matcher(latest);
      if (!code.find()) {
        throw new AssertionError("No code in the latest email to " + email);
      }
      return code.group(1);
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException("Cannot read the received email", e);
    }
  }

  /** Returns the email to the address with the subject. */
  MimeMessage emailWithSubject(String email, String subject) throws MessagingException {
    for (int tries = 0; tries < TRIES; tries++) {
      for (MimeMessage message : smtp.getReceivedMessages()) {
        if (subject.equals(message.getSubject())
            && message.getAllRecipients()[0].toString().equals(email)) {
          return message;
        }
      }
      waitForNext();
    }
    throw new AssertionError("No email \"" + subject + "\" reached " + email);
  }

  @Override
  public void close() {
    smtp.stop();
  }

  /** Returns a JSON object of string fields, from names and values in turn. */
  public static String json(String... namesAndValues) {
    var body = Json.createObjectBuilder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      body.add(namesAndValues[i], namesAndValues[i + 1]);
    }
    return body.build().toString();
  }

  private void waitForNext() {
    smtp.waitForIncomingEmail(WAIT_MILLIS, smtp.getReceivedMessages().length + 1);
  }
}

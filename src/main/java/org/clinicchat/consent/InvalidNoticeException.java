package org.clinicchat.consent;

/** A new version of the consent notice that cannot be published, with the reasons in words. */
public class InvalidNoticeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidNoticeException(String message) {
    super(message);
  }
}

package org.clinicchat.consent;

/** The visitor agreed to a version of the consent notice that is not the current one. */
public class OutdatedNoticeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public OutdatedNoticeException(String given, String current) {
    super(
        "Consent notice version '"
            + given
            + "' is not the current version '"
            + current
            + "'. Reload the notice and agree again.");
  }
}

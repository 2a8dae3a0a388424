package org.clinicchat.consent;

/**
 * The caller's consent agreed to an earlier version of the consent notice. Nothing more is
 * processed until the visitor reads the version in force and agrees again.
 */
public class NoticeChangedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NoticeChangedException() {
    super("The clinic's consent notice has changed. Read the new notice and agree again to go on.");
  }
}

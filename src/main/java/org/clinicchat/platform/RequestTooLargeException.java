package org.clinicchat.platform;

import java.io.IOException;

/** A request body without a declared length grew over the API's limit while it was read. */
public class RequestTooLargeException extends IOException {

  private static final long serialVersionUID = 1L;

  public RequestTooLargeException() {
    super("Request body over " + RequestSizeLimitFilter.MAX_BODY_BYTES + " bytes");
  }
}

package org.clinicchat.audit;

import jakarta.enterprise.context.RequestScoped;

/** The client of the current request, as {@link ClientDetailsFilter} captured it. */
@RequestScoped
public class RequestClient {

  private ClientDetails details = ClientDetails.SYSTEM;

  void capture(ClientDetails details) {
    this.details = details;
  }

  /** Returns the captured client, or {@link ClientDetails#SYSTEM} outside a web request. */
  public ClientDetails details() {
    return details;
  }
}

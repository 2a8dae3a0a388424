package org.clinicchat.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The client of the current request, as {@link ClientDetailsFilter} captured it. The staff login
 * form is checked before any filter runs, so for a request that passed no filter yet the client is
 * read from the servlet request itself.
 */
@RequestScoped
public class RequestClient {

  @Inject Instance<HttpServletRequest> servletRequest;

  private ClientDetails details;

  void capture(ClientDetails details) {
    this.details = details;
  }

  /** Returns the client of the current request, or {@link ClientDetails#SYSTEM} outside one. */
  public ClientDetails details() {
    if (details == null) {
      details = fromServletRequest();
    }
    return details;
  }

  private ClientDetails fromServletRequest() {
    try {
      HttpServletRequest request = servletRequest.get();
      return request == null ? ClientDetails.SYSTEM : ClientDetailsFilter.describe(request);
    } catch (RuntimeException e) {
      // A request context that a scheduled task activated has no servlet request: Weld then
      // throws instead of returning null.
      return ClientDetails.SYSTEM;
    }
  }
}

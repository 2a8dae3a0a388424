package org.clinicchat.selfassessment;

import jakarta.servlet.http.HttpServletRequest;

/** The transport of the request that opened the page: whether it used TLS, and its cipher suite. */
public record ClientConnection(boolean secure, String cipherSuite) {

  /** Returns the connection of a servlet request, as the container reports it. */
  public static ClientConnection of(HttpServletRequest request) {
    Object suite = request.getAttribute("jakarta.servlet.request.cipher_suite");
    return new ClientConnection(request.isSecure(), suite == null ? "" : suite.toString());
  }
}

package org.clinicchat.staff;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sends a visitor who opens the login page directly to the staff home first. Form login completes
 * only for a request the container saved when it redirected to the login page; without one, a
 * correct password would end on a "not found" page.
 *
 * <p>Two entries pass without a session: {@code ?sso=...}, the message after a rejected hospital
 * single sign-on, which must not send the caller straight back to the identity provider, and {@code
 * ?local=true}, the local sign-in that stays open for break-glass and local administrator accounts
 * while single sign-on sends the staff home to the identity provider.
 */
@WebFilter("/login.xhtml")
public class LoginEntryFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean directEntry =
        request.getParameter("sso") != null || "true".equals(request.getParameter("local"));
    if ("GET".equals(request.getMethod()) && request.getSession(false) == null && !directEntry) {
      response.sendRedirect(request.getContextPath() + "/admin/index.xhtml");
      return;
    }
    chain.doFilter(request, response);
  }
}

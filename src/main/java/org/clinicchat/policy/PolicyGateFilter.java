package org.clinicchat.policy;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Keeps the pages that show PHI closed to a staff member who has not acknowledged the current
 * policy within a year: they are sent to the acknowledgement page, which returns them to the page
 * they asked for. The container's security constraints have run before, so the caller is signed in
 * and has a role that the page allows.
 */
@WebFilter({
  "/admin/conversations/*",
  "/admin/inbox/*",
  "/admin/break-glass/*",
  "/admin/disclosures/*",
  "/admin/access-requests/*",
  "/admin/calendar/*"
})
public class PolicyGateFilter extends HttpFilter {

  /** The acknowledgement page, relative to the context path. */
  static final String ACKNOWLEDGEMENT_PAGE = "/admin/policy-acknowledgement.xhtml";

  /** The session attribute with the page to return to after the acknowledgement. */
  static final String RETURN_TO = PolicyGateFilter.class.getName() + ".returnTo";

  private static final long serialVersionUID = 1L;

  @Inject transient PolicyAcknowledgements acknowledgements;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() == null || !acknowledgements.isDue()) {
      chain.doFilter(request, response);
      return;
    }
    if ("GET".equals(request.getMethod())) {
      String query = request.getQueryString();
      request
          .getSession()
          .setAttribute(RETURN_TO, request.getRequestURI() + (query == null ? "" : "?" + query));
    }
    response.sendRedirect(request.getContextPath() + ACKNOWLEDGEMENT_PAGE);
  }
}

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
 */
@WebFilter("/login.xhtml")
public class LoginEntryFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if ("GET".equals(request.getMethod()) && request.getSession(false) == null) {
      response.sendRedirect(request.getContextPath() + "/admin/index.xhtml");
      return;
    }
    chain.doFilter(request, response);
  }
}

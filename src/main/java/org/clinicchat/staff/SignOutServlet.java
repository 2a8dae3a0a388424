package org.clinicchat.staff;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import org.clinicchat.security.SignInEvents;
import org.clinicchat.security.StaffSessions;

/**
 * Ends the staff member's login and every session they have on this server, audited as a logout,
 * then shows the login page. POST only, so that a link on another site cannot sign staff out.
 */
@WebServlet("/logout")
public class SignOutServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient SignInEvents events;

  @Inject transient StaffSessions sessions;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    Principal caller = request.getUserPrincipal();
    if (caller != null) {
      events.loggedOut(caller.getName());
    }
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    if (caller != null) {
      // Signing out on one device signs the staff member out everywhere on this server.
      sessions.endAll(caller.getName());
    }
    // The staff home redirects to the login page with a saved request, so signing in again works.
    response.sendRedirect(request.getContextPath() + "/admin/index.xhtml");
  }
}

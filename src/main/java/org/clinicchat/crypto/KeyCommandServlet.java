package org.clinicchat.crypto;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * The key management operations for {@link KeyCommand} and other scripts of administrators, as
 * plain text. {@code GET /admin/keys/commands} lists the key-encryption keys; {@code POST} with the
 * form fields {@code action} ({@code add}, {@code add-and-activate}, {@code activate} or {@code
 * delete}) and {@code keyId} changes them: 200 when done, 400 for a missing field, 409 with the
 * reason when rejected. It sits under {@code /admin/keys/}, so the staff form login and the
 * administrator role constraint apply.
 *
 * <p>A post must carry the header {@value #COMMAND_HEADER}, which a form on another site cannot
 * send, so that a page an administrator visits cannot change keys with the administrator's session.
 */
@WebServlet("/admin/keys/commands")
public class KeyCommandServlet extends HttpServlet {

  static final String COMMAND_HEADER = "X-ClinicChat-Key-Command";
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(KeyCommandServlet.class.getName());

  @Inject transient KeyAdministration administration;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    StringBuilder listing = new StringBuilder();
    for (KekStatus key : administration.keys()) {
      listing
          .append(key.keyId())
          .append(key.active() ? " (active)" : "")
          .append(": wraps ")
          .append(key.dataKeys())
          .append(" data key(s), ")
          .append(key.encryptions())
          .append(" encryption(s); ")
          .append(key.deletable() ? "may be deleted" : "kept: " + key.deletionBlockersText())
          .append('\n');
    }
    reply(response, HttpServletResponse.SC_OK, listing.toString());
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getHeader(COMMAND_HEADER) == null) {
      reply(response, HttpServletResponse.SC_FORBIDDEN, "Missing header " + COMMAND_HEADER + "\n");
      return;
    }
    String action = request.getParameter("action");
    String keyId = request.getParameter("keyId");
    if (action == null || keyId == null) {
      reply(response, HttpServletResponse.SC_BAD_REQUEST, "Missing form field action or keyId\n");
      return;
    }
    try {
      String done =
          switch (action) {
            case "add" -> {
              administration.add(keyId);
              yield "Added key " + keyId + "; it wraps nothing until it is activated.";
            }
            case "add-and-activate" -> {
              administration.add(keyId);
              administration.activate(keyId);
              yield "Added key " + keyId + " and made it the active key.";
            }
            case "activate" -> {
              administration.activate(keyId);
              yield "Key "
                  + keyId
                  + " is now the active key; run key rotation to re-wrap the rest.";
            }
            case "delete" -> {
              administration.delete(keyId);
              yield "Deleted key " + keyId + " from the keystore.";
            }
            default -> null;
          };
      if (done == null) {
        reply(
            response,
            HttpServletResponse.SC_BAD_REQUEST,
            "Unknown action; use add, add-and-activate, activate or delete\n");
      } else {
        reply(response, HttpServletResponse.SC_OK, done + "\n");
      }
    } catch (KeyAdministrationException e) {
      LOG.info(() -> "Key command " + action + " rejected: " + e.getMessage());
      reply(response, HttpServletResponse.SC_CONFLICT, e.getMessage() + "\n");
    }
  }

  private static void reply(HttpServletResponse response, int status, String text)
      throws IOException {
    response.setStatus(status);
    response.setContentType("text/plain");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(text);
  }
}

package org.clinicchat.breach;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.clinicchat.safety.Language;

/**
 * Downloads an incident's notice letter as UTF-8 text: {@code GET
 * /admin/breaches/letter.txt?id=ID&lang=en} or {@code lang=es}. Under {@code /admin/breaches/}, so
 * only the privacy officer reaches it; the register audits each letter.
 */
@WebServlet("/admin/breaches/letter.txt")
public class NoticeLetterServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient BreachRegister register;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Language> language = Language.fromCode(request.getParameter("lang"));
    if (language.isEmpty()) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "lang must be en or es.");
      return;
    }
    String letter;
    try {
      letter = register.letter(request.getParameter("id"), language.get());
    } catch (InvalidIncidentException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
      return;
    }

    String fileName = "breach-notice-" + language.get().code() + ".txt";
    response.setContentType("text/plain");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(letter);
  }
}

package org.clinicchat.platform;

import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The container's error page: problem details for the API, a plain page for staff and visitors. It
 * also catches errors raised before JAX-RS runs, such as a rejected patient token, so no error
 * response carries the server's default page, its version or a stack trace.
 */
@WebServlet("/error")
public class ErrorPageServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    int status = status(request);
    String detail = detail(request, status);
    response.setStatus(status);
    if (isApi(request)) {
      response.setContentType(Problem.MEDIA_TYPE.toString());
      response.setCharacterEncoding("UTF-8");
      Response.StatusType type = Response.Status.fromStatusCode(status);
      String title = type == null ? "Error" : type.getReasonPhrase();
      response
          .getWriter()
          .write(
              Json.createObjectBuilder()
                  .add("type", "about:blank")
                  .add("title", title)
                  .add("status", status)
                  .add("detail", detail)
                  .build()
                  .toString());
    } else {
      writePage(response, detail);
    }
  }

  private static int status(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    return code instanceof Integer value && value >= 400 ? value : 500;
  }

  private static boolean isApi(HttpServletRequest request) {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    return uri != null && uri.toString().startsWith(request.getContextPath() + "/api/");
  }

  private static String detail(HttpServletRequest request, int status) {
    return switch (status) {
      case 400 -> "The request is invalid.";
      case 401 -> "A valid token or login is required. For the chat, agree to the notice again.";
      case 403 -> "Your role does not allow this.";
      case 404 -> "Nothing was found at this address.";
      case 405 -> "This method is not allowed at this address.";
      case 415 -> "Send the body as application/json.";
      default -> serverError(request);
    };
  }

  private static String serverError(HttpServletRequest request) {
    String correlationId = UUID.randomUUID().toString();
    Throwable exception = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    LOG.log(Level.SEVERE, exception, () -> "Request failed, correlation id " + correlationId);
    return "The server failed. Quote correlation id " + correlationId + ".";
  }

  private static void writePage(HttpServletResponse response, String detail) throws IOException {
    response.setContentType("text/html");
    response.setCharacterEncoding("UTF-8");
    PrintWriter out = response.getWriter();
    out.println("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
    out.println(
        "<title>ClinicChat</title><link rel=\"stylesheet\" href=\"/admin-assets/admin.css\">");
    out.println("</head><body><main class=\"page\"><h1>ClinicChat</h1>");
    out.println("<p id=\"error-detail\">" + detail + "</p>");
    out.println("<p><a href=\"/admin/index.xhtml\">Staff home</a></p></main></body></html>");
  }
}

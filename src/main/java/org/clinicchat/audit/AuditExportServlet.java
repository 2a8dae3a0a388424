package org.clinicchat.audit;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Downloads the events that match the audit page's search, as {@code format=csv} or {@code
 * format=jsonl}. Under {@code /admin/audit/}, so only auditors and administrators reach it; the
 * reader audits each export.
 */
@WebServlet("/admin/audit/export")
public class AuditExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient AuditTrailReader reader;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ExportFormat format = ExportFormat.byExtension(request.getParameter("format"));
    AuditQuery query;
    try {
      if (format == null) {
        throw new InvalidAuditQueryException("Format: use csv or jsonl.");
      }
      query = AuditQueryParameters.parse(request::getParameter);
    } catch (InvalidAuditQueryException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
      return;
    }

    String fileName = "audit-trail-" + LocalDate.now(ZoneOffset.UTC) + "." + format.extension();
    response.setContentType(format.mediaType());
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    response.setHeader("Cache-Control", "no-store");
    reader.export(query, format, response.getWriter());
  }
}

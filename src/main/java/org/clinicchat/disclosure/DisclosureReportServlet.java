package org.clinicchat.disclosure;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clinicchat.audit.AuditExport;

/**
 * Downloads a patient's accounting of disclosures as CSV (RFC 4180, with a header): {@code GET
 * /admin/disclosures/report.csv?patient=ID}. Under {@code /admin/disclosures/}, so only the privacy
 * officer reaches it; the ledger audits each report.
 */
@WebServlet("/admin/disclosures/report.csv")
public class DisclosureReportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final List<String> HEADER =
      List.of("date", "recipient", "description", "purpose", "recordedBy");

  @Inject transient DisclosureLedger ledger;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    DisclosureReport report;
    try {
      report = ledger.report(request.getParameter("patient"));
    } catch (InvalidDisclosureException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
      return;
    }

    String fileName = "disclosures-" + report.patientReference() + "-" + report.to() + ".csv";
    response.setContentType("text/csv");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    response.setHeader("Cache-Control", "no-store");
    PrintWriter out = response.getWriter();
    out.write(row(HEADER.stream()));
    for (AccountedDisclosure entry : report.entries()) {
      out.write(
          row(
              Stream.of(
                  entry.disclosedOn().toString(),
                  entry.recipient(),
                  entry.description(),
                  entry.purpose().label(),
                  entry.recordedBy())));
    }
    out.flush();
  }

  private static String row(Stream<String> cells) {
    return cells.map(AuditExport::csvCell).collect(Collectors.joining(",")) + "\r\n";
  }
}

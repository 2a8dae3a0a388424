package org.clinicchat.audit;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.clinicchat.audit.chain.ChainVerification;

/**
 * The chain verification for scripts of auditors and administrators: {@code GET
 * /admin/audit/chain-verification} returns the result as JSON, 200 when intact and 409 when broken.
 * It sits with the staff pages, not under {@code /api}, so that the staff form login and the role
 * constraint of {@code /admin/audit/} apply; the patient API accepts patient tokens only.
 */
@WebServlet("/admin/audit/chain-verification")
public class AuditChainVerificationServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient AuditTrailReader reader;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ChainVerification result = reader.verifyChain();

    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("intact", result.intact())
            .add("eventsChecked", result.eventsChecked())
            .add("summary", result.summary());
    if (result.intact()) {
      body.add("headSequence", result.head().sequence()).add("headHash", result.head().eventHash());
    } else {
      body.add("break", result.breakKind().name())
          .add("position", result.position())
          .add("sequence", result.sequence());
    }
    response.setStatus(
        result.intact() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_CONFLICT);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(body.build().toString());
  }
}

package org.clinicchat.alert;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Runs the monitoring now, for scripts of privacy officers and administrators: {@code POST
 * /admin/alerts/evaluation} returns how many events were evaluated, alerts raised and emails sent,
 * as JSON. The web.xml constraint on this path and the bean's roles both require those roles.
 */
@WebServlet("/admin/alerts/evaluation")
public class AlertEvaluationServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient Alerts alerts;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    AlertEvaluation.Result result = alerts.evaluateNow();
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("evaluated", result.evaluated())
                .add("raised", result.raised())
                .add("emailed", result.emailed())
                .add("lastSequence", result.lastSequence())
                .build()
                .toString());
  }
}

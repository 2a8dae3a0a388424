package org.clinicchat.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Lets the widget run on the clinic's own web site, on another origin than ClinicChat: CORS for the
 * patient API and the widget's files, for the origins listed in {@code
 * clinicchat.widget.allowed-origins} only. The API's only credential is the bearer token, so no
 * cookies are allowed across origins. A preflight from any other origin gets 403.
 */
@WebFilter(
    urlPatterns = {"/api/*", "/widget/*"},
    asyncSupported = true)
public class CrossOriginFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String ALLOWED_METHODS = "GET, POST, DELETE";
  static final String ALLOWED_HEADERS =
      "Authorization, Content-Type, Idempotency-Key, Last-Event-ID";
  static final String PREFLIGHT_MAX_AGE_SECONDS = "600";

  static final String PROPERTY_ALLOWED_ORIGINS = "clinicchat.widget.allowed-origins";

  // Read in init(): Payara fails to inject a parameterized type such as Optional<List<String>>
  // into a filter, and the filter then never runs.
  private Set<String> allowed = Set.of();

  @Override
  public void init() {
    allowed =
        ConfigProvider.getConfig()
            .getOptionalValues(PROPERTY_ALLOWED_ORIGINS, String.class)
            .orElse(List.of())
            .stream()
            .map(String::strip)
            .filter(origin -> !origin.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String origin = request.getHeader("Origin");
    boolean preflight =
        "OPTIONS".equals(request.getMethod())
            && request.getHeader("Access-Control-Request-Method") != null;
    if (origin == null) {
      chain.doFilter(request, response);
      return;
    }
    response.addHeader("Vary", "Origin");
    boolean permitted = allowed.contains(origin);
    if (preflight) {
      answerPreflight(response, origin, permitted);
      return;
    }
    if (permitted) {
      response.setHeader("Access-Control-Allow-Origin", origin);
      response.setHeader("Access-Control-Expose-Headers", "Content-Type");
    }
    chain.doFilter(request, response);
  }

  private static void answerPreflight(
      HttpServletResponse response, String origin, boolean permitted) {
    if (!permitted) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    response.setHeader("Access-Control-Allow-Origin", origin);
    response.setHeader("Access-Control-Allow-Methods", ALLOWED_METHODS);
    response.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
    response.setHeader("Access-Control-Max-Age", PREFLIGHT_MAX_AGE_SECONDS);
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }
}

package org.clinicchat.audit;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Captures the client of each request for the audit trail. Only a parsed client family and an
 * address-shaped remote address are kept, never the raw User-Agent, which the caller writes and
 * which could carry PHI.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ClientDetailsFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Client families by precedence: Edge and Opera also name Chrome, Chrome also names Safari. */
  private static final List<Pattern> AGENT_FAMILIES =
      List.of(
          Pattern.compile("(Edg)/(\\d{1,4})"),
          Pattern.compile("(OPR)/(\\d{1,4})"),
          Pattern.compile("(Firefox)/(\\d{1,4})"),
          Pattern.compile("(Chrome)/(\\d{1,4})"),
          Pattern.compile("Version/(\\d{1,4})[^ ]* .*(Safari)/"),
          Pattern.compile("(curl)/(\\d{1,4})"),
          Pattern.compile("(Java-http-client)/(\\d{1,4})"));

  private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  @Inject transient RequestClient requestClient;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    requestClient.capture(describe(request));
    chain.doFilter(request, response);
  }

  /** Returns the client of a request, without its raw User-Agent. */
  static ClientDetails describe(HttpServletRequest request) {
    return new ClientDetails(
        channel(request), address(request.getRemoteAddr()), agent(request.getHeader("User-Agent")));
  }

  private static String channel(HttpServletRequest request) {
    String path = request.getServletPath() + Objects.toString(request.getPathInfo(), "");
    return path.startsWith("/api/") ? "api" : "web";
  }

  static String address(String remoteAddress) {
    return remoteAddress != null && ADDRESS.matcher(remoteAddress).matches() ? remoteAddress : null;
  }

  static String agent(String userAgent) {
    if (userAgent == null) {
      return null;
    }
    for (Pattern family : AGENT_FAMILIES) {
      Matcher match = family.matcher(userAgent);
      if (match.find()) {
        boolean versionFirst = family.pattern().startsWith("Version");
        return versionFirst
            ? match.group(2) + "/" + match.group(1)
            : match.group(1) + "/" + match.group(2);
      }
    }
    return "other";
  }
}

package org.clinicchat.ratelimit;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.logging.Logger;
import org.clinicchat.platform.Problem;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Limits the API calls that need no token, per client address: {@code POST /api/consents}, which
 * records a consent and issues a patient token, and {@code POST /api/public-answers}. Both share
 * one token bucket per address. A call over the limit gets 429 problem details with {@code
 * Retry-After}, before its body is read, so it stores and audits nothing.
 *
 * <p>The client address is the TCP peer as the servlet container reports it. NOTE: behind a reverse
 * proxy every patient has the proxy's address, unless the container is set up to take the client
 * address from the proxy's header. Set the container up, or size the limit for that.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class AnonymousCallLimit implements ContainerRequestFilter {

  static final String PROPERTY_REQUESTS = "clinicchat.rate-limit.anonymous.requests";
  static final String PROPERTY_PERIOD = "clinicchat.rate-limit.anonymous.period";
  static final String PROPERTY_MAX_CLIENTS = "clinicchat.rate-limit.anonymous.max-clients";

  static final int DEFAULT_REQUESTS = 20;
  static final Duration DEFAULT_PERIOD = Duration.ofMinutes(1);
  static final int DEFAULT_MAX_CLIENTS = 10_000;

  /** The limited calls, as JAX-RS paths below {@code /api}. */
  private static final Set<String> LIMITED_PATHS = Set.of("consents", "public-answers");

  private static final Logger LOG = Logger.getLogger(AnonymousCallLimit.class.getName());

  private final ClientRateLimiter limiter;

  @Context HttpServletRequest servletRequest;

  /** Reads the limit from MicroProfile Config; Jersey creates one instance for the application. */
  public AnonymousCallLimit() {
    this(limiterFrom(ConfigProvider.getConfig()));
  }

  AnonymousCallLimit(ClientRateLimiter limiter) {
    this.limiter = limiter;
  }

  /**
   * Creates the limiter from the configuration.
   *
   * @throws IllegalStateException naming the property, for a count below 1 or a period that is not
   *     a positive ISO-8601 duration, so the application fails at start instead of at a call
   */
  static ClientRateLimiter limiterFrom(Config config) {
    int requests =
        config.getOptionalValue(PROPERTY_REQUESTS, Integer.class).orElse(DEFAULT_REQUESTS);
    int maxClients =
        config.getOptionalValue(PROPERTY_MAX_CLIENTS, Integer.class).orElse(DEFAULT_MAX_CLIENTS);
    Duration period =
        config
            .getOptionalValue(PROPERTY_PERIOD, String.class)
            .map(AnonymousCallLimit::parsePeriod)
            .orElse(DEFAULT_PERIOD);
    requireAtLeastOne(PROPERTY_REQUESTS, requests);
    requireAtLeastOne(PROPERTY_MAX_CLIENTS, maxClients);
    return new ClientRateLimiter(requests, period, maxClients);
  }

  private static Duration parsePeriod(String value) {
    try {
      Duration period = Duration.parse(value);
      if (period.isNegative() || period.isZero()) {
        throw new IllegalStateException(PROPERTY_PERIOD + " must be above zero, not " + value);
      }
      return period;
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(
          PROPERTY_PERIOD + " is not an ISO-8601 duration such as PT1M: " + value, e);
    }
  }

  private static void requireAtLeastOne(String property, int value) {
    if (value < 1) {
      throw new IllegalStateException(property + " must be at least 1, not " + value);
    }
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (!"POST".equals(request.getMethod())
        || !LIMITED_PATHS.contains(stripSlashes(request.getUriInfo().getPath()))) {
      return;
    }
    Duration wait = limiter.acquire(servletRequest.getRemoteAddr(), System.nanoTime());
    if (!wait.isZero()) {
      request.abortWith(tooManyRequests(wait));
    }
  }

  /** Returns a 429 response with the wait in whole seconds, rounded up, in {@code Retry-After}. */
  static Response tooManyRequests(Duration wait) {
    long seconds = Math.max(1, wait.plusNanos(999_999_999).toSeconds());
    // One line per rejection with no address: the address would identify the visitor.
    LOG.fine(() -> "Rejected an anonymous call over the rate limit; retry after " + seconds + " s");
    Response problem =
        Problem.of(
            Response.Status.TOO_MANY_REQUESTS,
            "Too many requests from your address. Try again in " + seconds + " seconds.");
    return Response.fromResponse(problem).header("Retry-After", seconds).build();
  }

  private static String stripSlashes(String path) {
    int start = path.startsWith("/") ? 1 : 0;
    int end = path.endsWith("/") && path.length() > start ? path.length() - 1 : path.length();
    return path.substring(start, end);
  }
}

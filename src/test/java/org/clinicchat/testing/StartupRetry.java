package org.clinicchat.testing;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * Sends a request, retrying while the connection is refused. Payara Micro reports "ready" on a
 * fresh data folder a moment before its HTTPS listener accepts connections, so the first request of
 * a test class can meet a closed port. Only refused connections are retried, for at most {@value
 * #MAX_WAIT_SECONDS} seconds; every other failure is the test's to see.
 */
final class StartupRetry {

  static final int MAX_WAIT_SECONDS = 30;
  private static final Duration PAUSE = Duration.ofMillis(500);

  private StartupRetry() {}

  static HttpResponse<String> send(HttpClient http, HttpRequest request)
      throws IOException, InterruptedException {
    Instant deadline = Instant.now().plusSeconds(MAX_WAIT_SECONDS);
    while (true) {
      try {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (ConnectException e) {
        if (Instant.now().isAfter(deadline)) {
          throw e;
        }
        Thread.sleep(PAUSE);
      }
    }
  }
}

package org.clinicchat.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.clinicchat.testing.Deployments;
import org.clinicchat.testing.TestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * CORS for a clinic web site that embeds the widget from another origin. The test server allows
 * {@value #CLINIC_SITE} only; requests carry the Origin header a browser would send.
 */
@ExtendWith(ArquillianExtension.class)
class CrossOriginIT {

  static final String CLINIC_SITE = "https://www.riverside-clinic.test";
  static final String OTHER_SITE = "https://attacker.test";

  // Trusts the test server's certificate through the javax.net.ssl.trustStore the build sets.
  private final HttpClient http = HttpClient.newHttpClient();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.clinicChat();
  }

  @Test
  void clinicSitePreflightAllowed() throws Exception {
    HttpResponse<String> response = preflight(CLINIC_SITE);

    assertEquals(204, response.statusCode());
    assertEquals(Optional.of(CLINIC_SITE), allowedOrigin(response));
    assertTrue(
        response
            .headers()
            .firstValue("Access-Control-Allow-Headers")
            .orElse("")
            .contains("Idempotency-Key"),
        response.headers()::toString);
  }

  @Test
  void otherSitePreflightForbidden() throws Exception {
    HttpResponse<String> response = preflight(OTHER_SITE);

    assertEquals(403, response.statusCode());
    assertEquals(Optional.empty(), allowedOrigin(response));
  }

  @Test
  void clinicSiteReadsNotice() throws Exception {
    HttpResponse<String> response = get("api/consent-notice", CLINIC_SITE);

    assertEquals(200, response.statusCode());
    assertEquals(Optional.of(CLINIC_SITE), allowedOrigin(response));
  }

  @Test
  void otherSiteGetsNoCorsHeader() throws Exception {
    HttpResponse<String> response = get("api/consent-notice", OTHER_SITE);

    assertEquals(Optional.empty(), allowedOrigin(response));
  }

  @Test
  void clinicSiteLoadsWidgetScript() throws Exception {
    HttpResponse<String> response = get("widget/clinicchat.js", CLINIC_SITE);

    assertEquals(Optional.of(CLINIC_SITE), allowedOrigin(response));
  }

  private HttpResponse<String> preflight(String origin) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(TestServer.uri("api/conversations"))
            .timeout(Duration.ofSeconds(30))
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
            .header("Origin", origin)
            .header("Access-Control-Request-Method", "POST")
            .header("Access-Control-Request-Headers", "authorization, content-type")
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path, String origin)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(TestServer.uri(path))
            .timeout(Duration.ofSeconds(30))
            .header("Origin", origin)
            .GET()
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static Optional<String> allowedOrigin(HttpResponse<String> response) {
    return response.headers().firstValue("Access-Control-Allow-Origin");
  }
}

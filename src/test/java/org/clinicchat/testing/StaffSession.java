package org.clinicchat.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A staff member's session on the test instance over plain HTTP, without a browser: it signs in
 * with the login form's {@code j_security_check} post and keeps the session cookie. Redirects are
 * not followed, so tests see the server's 302 and 403 responses as they are.
 */
public final class StaffSession {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final URI baseUri;
  private final HttpClient http;

  private StaffSession(URI baseUri, HttpClient.Builder http) {
    this.baseUri = baseUri;
    this.http =
        http.connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ORIGINAL_SERVER))
            .build();
  }

  private StaffSession() {
    this(TestServer.baseUri(), HttpClient.newBuilder());
  }

  /** Returns a session that has not signed in. */
  public static StaffSession anonymous() {
    return new StaffSession();
  }

  /**
   * Signs in like {@link #signIn} from a test that runs inside the server, over loopback, trusting
   * the server's own TLS keystore as {@link PatientClient#insideServer} does.
   */
  public static StaffSession signInInsideServer(int httpsPort, String username, String password) {
    URI base = URI.create("https://127.0.0.1:" + httpsPort + "/");
    StaffSession session =
        new StaffSession(base, HttpClient.newBuilder().sslContext(PatientClient.serverTlsTrust()));
    return session.signInAs(username, password);
  }

  /**
   * Signs in the way a browser does: requests the staff home page, which the server remembers and
   * redirects to the login page, posts the login form, and follows the redirect back to the home
   * page.
   *
   * <p>The last step is needed: until the session has requested the remembered page, the server
   * returns an empty 200 response to every other request of the session.
   *
   * @throws IllegalStateException if the server rejects the user name or password
   */
  public static StaffSession signIn(String username, String password) {
    return new StaffSession().signInAs(username, password);
  }

  private StaffSession signInAs(String username, String password) {
    StaffSession session = this;
    session.get("admin/index.xhtml");
    HttpResponse<String> login =
        session.post("j_security_check", Map.of("j_username", username, "j_password", password));
    String target = redirectPath(login);
    if (login.statusCode() != 302 || !"/admin/index.xhtml".equals(target)) {
      throw new IllegalStateException(
          "Sign-in failed for "
              + username
              + ": status "
              + login.statusCode()
              + ", Location "
              + login.headers().firstValue("Location").orElse("missing")
              + ". An account from an older run may have another password: delete target/it-data.");
    }
    HttpResponse<String> home = session.get("admin/index.xhtml");
    if (home.statusCode() != 200) {
      throw new IllegalStateException(
          "The staff home page failed after sign-in for "
              + username
              + ": status "
              + home.statusCode());
    }
    return session;
  }

  /** Sends a GET to a path of the test instance. */
  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(baseUri.resolve(path)).timeout(TIMEOUT).GET().build());
  }

  /** Sends a form post to a path of the test instance. */
  public HttpResponse<String> post(String path, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
            .collect(Collectors.joining("&"));
    HttpRequest request =
        HttpRequest.newBuilder(baseUri.resolve(path))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return send(request);
  }

  /** Returns the path that a redirect response points to, or null if it has no Location. */
  public static String redirectPath(HttpResponse<?> response) {
    return response
        .headers()
        .firstValue("Location")
        .map(location -> URI.create("https://127.0.0.1/").resolve(URI.create(location)).getPath())
        .orElse(null);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return StartupRetry.send(http, request);
    } catch (IOException e) {
      throw new IllegalStateException("Request to " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while calling " + request.uri(), e);
    }
  }
}

package org.clinicchat.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A staff member's session on the test instance over plain HTTP, without a browser: it signs in
 * with the password post to {@code j_security_check} and a TOTP code post to {@code j_totp_check}
 * (enrolling the account first if needed), and keeps the session cookie. Redirects are not
 * followed, so tests see the server's 302 and 403 responses as they are.
 */
public final class StaffSession {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** The name of the servlet session cookie. */
  public static final String SESSION_COOKIE = "JSESSIONID";

  private static final String ENROL_PAGE = "/sign-in-enrol.xhtml";
  private static final String CODE_PAGE = "/sign-in-code.xhtml";
  private static final String RECOVERY_PAGE = "/admin/recovery-codes.xhtml";
  private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)<");
  private static final Pattern RECOVERY_CODE =
      Pattern.compile("class=\"recovery-code\">([a-z2-7-]+)<");
  private static final String POLICY_PAGE = "admin/policy-acknowledgement.xhtml";
  private static final String POLICY_DUE = "id=\"policy-due\"";
  private static final Pattern POLICY_VERSION =
      Pattern.compile("name=\"version\" value=\"(\\d+)\"");
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final URI baseUri;
  private final CookieManager cookies;
  private final HttpClient http;
  private final List<String> recoveryCodes = new ArrayList<>();

  private StaffSession(URI baseUri, HttpClient.Builder http) {
    this.baseUri = baseUri;
    this.cookies = new CookieManager(null, CookiePolicy.ACCEPT_ORIGINAL_SERVER);
    this.http =
        http.connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(cookies)
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
   * Returns a session that has not signed in and connects from another loopback address, such as
   * 127.0.5.9, so the server records it as a client address of its own.
   *
   * <p>NOTE: Linux routes all of 127.0.0.0/8 to the loopback interface. macOS has only 127.0.0.1
   * unless more addresses are added to {@code lo0}, so there the connection fails.
   */
  public static StaffSession anonymousFrom(InetAddress loopbackAddress) {
    return new StaffSession(
        TestServer.baseUri(), HttpClient.newBuilder().localAddress(loopbackAddress));
  }

  /** Returns a session that has not signed in, of another server such as a cluster member. */
  public static StaffSession anonymousAt(URI baseUri) {
    return new StaffSession(baseUri, HttpClient.newBuilder());
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
   * redirects to the login page, posts the password, then either enrols the account's TOTP secret
   * from the enrolment page (on its first sign-in) or posts the next code from {@link
   * Authenticators}, and finally requests the staff home page.
   *
   * @throws IllegalStateException if the server rejects the user name, password or code
   */
  public static StaffSession signIn(String username, String password) {
    return new StaffSession().signInAs(username, password);
  }

  private static final Map<String, StaffSession> SIGNED_IN = new ConcurrentHashMap<>();

  /**
   * Returns a signed-in session of the account, the same one while the server keeps it. For tests
   * that are not about sign-in: each sign-in needs a new TOTP code, and the next code of an account
   * can be a wait of up to 30 seconds.
   */
  public static StaffSession signedIn(String username, String password) {
    StaffSession kept = SIGNED_IN.get(username);
    HttpResponse<String> home = kept == null ? null : kept.get("admin/index.xhtml");
    if (home != null && home.statusCode() == 200) {
      if (home.body().contains(POLICY_DUE)) {
        kept.acknowledgePolicy();
      }
      return kept;
    }
    StaffSession fresh = signIn(username, password);
    SIGNED_IN.put(username, fresh);
    return fresh;
  }

  /** Signs this session in like {@link #signIn}, keeping any session cookie it already has. */
  public StaffSession signInAs(String username, String password) {
    get("admin/index.xhtml");
    HttpResponse<String> login = passwordStep(username, password);
    String target = redirectPath(login);
    if (login.statusCode() == 302 && ENROL_PAGE.equals(target)) {
      enrol(username);
    } else if (login.statusCode() == 302 && CODE_PAGE.equals(target)) {
      HttpResponse<String> code = codeStep(Authenticators.nextCode(username));
      requireRedirectOutOfSignIn(username, code);
    } else {
      throw new IllegalStateException(
          "Sign-in failed for "
              + username
              + ": status "
              + login.statusCode()
              + ", Location "
              + login.headers().firstValue("Location").orElse("missing")
              + ". An account from an older run may have another password: delete target/it-data.");
    }
    HttpResponse<String> home = get("admin/index.xhtml");
    if (home.statusCode() != 200) {
      throw new IllegalStateException(
          "The staff home page failed after sign-in for "
              + username
              + ": status "
              + home.statusCode());
    }
    if (home.body().contains(POLICY_DUE)) {
      acknowledgePolicy();
    }
    return this;
  }

  /**
   * Acknowledges the current privacy policy with the form of its page, as every test account does
   * at sign-in when it is due, so that tests not about the policy reach the PHI pages. Returns the
   * response to the form, a redirect when the server accepted it.
   *
   * @throws IllegalStateException if the page shows no acknowledgement form
   */
  public HttpResponse<String> acknowledgePolicy() {
    String page = get(POLICY_PAGE).body();
    Matcher version = POLICY_VERSION.matcher(page);
    Matcher viewState = VIEW_STATE.matcher(page);
    if (!version.find() || !viewState.find()) {
      throw new IllegalStateException("The policy page shows no acknowledgement form: " + page);
    }
    return post(
        POLICY_PAGE,
        Map.of(
            "acknowledge",
            "acknowledge",
            "version",
            version.group(1),
            "acknowledge:accept",
            "accept",
            "jakarta.faces.ViewState",
            viewState.group(1)));
  }

  /** Posts the login form, the first sign-in step, and returns the response. */
  public HttpResponse<String> passwordStep(String username, String password) {
    return post("j_security_check", Map.of("j_username", username, "j_password", password));
  }

  /** Posts a TOTP or recovery code, the second sign-in step, and returns the response. */
  public HttpResponse<String> codeStep(String code) {
    return post("j_totp_check", Map.of("j_code", code));
  }

  /**
   * Reads the secret from the open enrolment page, confirms it with its current code, keeps the
   * recovery codes the server shows once, and records the secret in {@link Authenticators}.
   */
  private void enrol(String username) {
    String page = get(ENROL_PAGE.substring(1)).body();
    Matcher secret = SECRET.matcher(page);
    if (!secret.find()) {
      throw new IllegalStateException("The enrolment page for " + username + " shows no secret");
    }
    String base32 = secret.group(1).replace(" ", "");
    long step = TotpCodes.timeStep(Instant.now());
    HttpResponse<String> enrolled =
        post("j_totp_enrol", Map.of("j_code", TotpCodes.code(base32, step)));
    if (enrolled.statusCode() != 302 || !RECOVERY_PAGE.equals(redirectPath(enrolled))) {
      throw new IllegalStateException(
          "Enrolment failed for " + username + ": status " + enrolled.statusCode());
    }
    Authenticators.enrolled(username, base32, step);
    Matcher codes = RECOVERY_CODE.matcher(get(RECOVERY_PAGE.substring(1)).body());
    while (codes.find()) {
      recoveryCodes.add(codes.group(1));
    }
  }

  private static void requireRedirectOutOfSignIn(String username, HttpResponse<String> response) {
    String target = redirectPath(response);
    if (response.statusCode() != 302 || target == null || !target.startsWith("/admin/")) {
      throw new IllegalStateException(
          "The sign-in code was rejected for "
              + username
              + ": status "
              + response.statusCode()
              + ", Location "
              + target);
    }
  }

  /** Returns the recovery codes shown when this session enrolled the account, else none. */
  public List<String> recoveryCodes() {
    return List.copyOf(recoveryCodes);
  }

  /** Returns the value of the session cookie, or null before the server set one. */
  public String sessionCookie() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> SESSION_COOKIE.equals(cookie.getName()))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }

  /** Returns a session that presents the given session cookie and nothing else. */
  public static StaffSession withSessionCookie(String value) {
    StaffSession session = new StaffSession();
    HttpCookie cookie = new HttpCookie(SESSION_COOKIE, value);
    cookie.setPath("/");
    cookie.setVersion(0);
    session.cookies.getCookieStore().add(TestServer.baseUri(), cookie);
    return session;
  }

  /** Sends a GET to a path of the test instance. */
  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(baseUri.resolve(path)).timeout(TIMEOUT).GET().build());
  }

  /** Sends a request with a JSON body, or none when it is null, to a path of the test instance. */
  public HttpResponse<String> send(String method, String path, String jsonBody) {
    HttpRequest.Builder request = HttpRequest.newBuilder(baseUri.resolve(path)).timeout(TIMEOUT);
    if (jsonBody == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json");
      request.method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
    }
    return send(request.build());
  }

  /** Sends a DELETE to a path of the test instance. */
  public HttpResponse<String> delete(String path) {
    return send("DELETE", path, null);
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

  /**
   * Opens a Faces page and posts one of its forms as a browser does, with the page's view state.
   *
   * @throws IllegalStateException if the page has no view state
   */
  public HttpResponse<String> submit(String page, String formId, Map<String, String> fields) {
    String body = get(page).body();
    Matcher viewState = VIEW_STATE.matcher(body);
    if (!viewState.find()) {
      throw new IllegalStateException("The page " + page + " has no Faces view state: " + body);
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put(formId, formId);
    form.putAll(fields);
    form.put("jakarta.faces.ViewState", viewState.group(1));
    return post(page, form);
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

package org.clinicchat.crypto;

import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;

/**
 * Command-line key management: signs in to a running ClinicChat server as an administrator and
 * lists, adds, activates or deletes key-encryption keys through {@link KeyCommandServlet}. The
 * server does the work, so each change is checked and audited as on the Encryption keys page. It
 * needs only the JDK and the compiled classes.
 *
 * <pre>
 * export CLINICCHAT_ADMIN_PASSWORD=...
 * java -Djavax.net.ssl.trustStore=data/keys/tls.p12 -Djavax.net.ssl.trustStorePassword=... \
 *     -cp target/classes org.clinicchat.crypto.KeyCommand \
 *     --server https://127.0.0.1:8443/ --user admin add field-key-2 --activate
 * </pre>
 */
public final class KeyCommand {

  static final String PASSWORD_VARIABLE = "CLINICCHAT_ADMIN_PASSWORD";
  static final String CODE_VARIABLE = "CLINICCHAT_SIGN_IN_CODE";
  static final String USAGE =
      """
      Usage: KeyCommand --server URL --user NAME COMMAND
        --server URL   the server's HTTPS address, for example https://127.0.0.1:8443/
        --user NAME    an administrator's user name; the password is read from the environment
                       variable CLINICCHAT_ADMIN_PASSWORD, or asked for on the console, and
                       the code of the authenticator app from CLINICCHAT_SIGN_IN_CODE, or
                       asked for on the console; the account must have enrolled on the pages
      Commands:
        list                      list the key-encryption keys and what each still protects
        add KEY_ID [--activate]   generate a new AES-256 key; --activate also makes it active
        activate KEY_ID           make a key the one that wraps new data keys
        delete KEY_ID             delete a retired key that nothing uses any more
      The server's certificate must be trusted: pass -Djavax.net.ssl.trustStore=... to java.
      Exit status: 0 done, 1 rejected or failed, 2 bad usage.""";

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private KeyCommand() {}

  public static void main(String[] args) throws NoSuchAlgorithmException {
    int status =
        run(
            args,
            name ->
                name.equals(PASSWORD_VARIABLE) || name.equals(CODE_VARIABLE)
                    ? System.getenv(name)
                    : null,
            SSLContext.getDefault(),
            System.out,
            System.err);
    System.exit(status);
  }

  /**
   * Runs one command and returns the process exit status.
   *
   * @param environment the environment variables, of which the password variable is read
   * @param tls the TLS context that trusts the server's certificate
   */
  static int run(
      String[] args,
      Function<String, String> environment,
      SSLContext tls,
      PrintStream out,
      PrintStream err) {
    Arguments parsed = Arguments.parse(args);
    if (parsed == null) {
      err.println(USAGE);
      return 2;
    }
    char[] password = password(environment);
    if (password == null) {
      err.println("No password: set " + PASSWORD_VARIABLE + " or run on a console.");
      return 2;
    }
    HttpClient http =
        HttpClient.newBuilder()
            .sslContext(tls)
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ORIGINAL_SERVER))
            .build();
    try {
      if (!signIn(http, parsed.server(), parsed.user(), new String(password), environment)) {
        err.println(
            "Sign-in as "
                + parsed.user()
                + " failed: check the user name, password and code, and that the account has"
                + " enrolled its authenticator on the sign-in page.");
        return 1;
      }
      HttpResponse<String> response = send(http, parsed);
      String body = response.body();
      if (response.statusCode() == 200) {
        out.print(body);
        return 0;
      }
      if (response.statusCode() == 403) {
        err.println("Rejected: " + parsed.user() + " is not an administrator.");
      } else {
        err.print("Rejected (HTTP " + response.statusCode() + "): " + body);
      }
      return 1;
    } catch (IOException e) {
      err.println("Request to " + parsed.server() + " failed: " + e.getMessage());
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("Interrupted");
      return 1;
    }
  }

  private static char[] password(Function<String, String> environment) {
    String fromEnvironment = environment.apply(PASSWORD_VARIABLE);
    if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
      return fromEnvironment.toCharArray();
    }
    Console console = System.console();
    return console == null ? null : console.readPassword("Password: ");
  }

  /** Returns the sign-in code from the environment or the console, or null when there is none. */
  private static String code(Function<String, String> environment) {
    String fromEnvironment = environment.apply(CODE_VARIABLE);
    if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
      return fromEnvironment;
    }
    Console console = System.console();
    return console == null ? null : console.readLine("Code from the authenticator app: ");
  }

  /**
   * Signs in as a browser does: the protected page first, so that the server has a page to return
   * to, then the password, then the authenticator code, then that page again, which completes the
   * sign-in.
   */
  private static boolean signIn(
      HttpClient http,
      URI server,
      String user,
      String password,
      Function<String, String> environment)
      throws IOException, InterruptedException {
    http.send(get(server.resolve("admin/index.xhtml")), HttpResponse.BodyHandlers.discarding());
    HttpResponse<Void> login =
        http.send(
            post(
                server.resolve("j_security_check"),
                Map.of("j_username", user, "j_password", password),
                false),
            HttpResponse.BodyHandlers.discarding());
    String location = login.headers().firstValue("Location").orElse("");
    if (login.statusCode() != 302 || !location.endsWith("/sign-in-code.xhtml")) {
      return false;
    }
    String code = code(environment);
    if (code == null) {
      return false;
    }
    HttpResponse<Void> second =
        http.send(
            post(server.resolve("j_totp_check"), Map.of("j_code", code.strip()), false),
            HttpResponse.BodyHandlers.discarding());
    location = second.headers().firstValue("Location").orElse("");
    if (second.statusCode() != 302 || !location.endsWith("/admin/index.xhtml")) {
      return false;
    }
    HttpResponse<Void> home =
        http.send(get(server.resolve("admin/index.xhtml")), HttpResponse.BodyHandlers.discarding());
    return home.statusCode() == 200;
  }

  private static HttpResponse<String> send(HttpClient http, Arguments parsed)
      throws IOException, InterruptedException {
    URI commands = parsed.server().resolve("admin/keys/commands");
    HttpRequest request =
        parsed.action().equals("list")
            ? get(commands)
            : post(commands, Map.of("action", parsed.action(), "keyId", parsed.keyId()), true);
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpRequest get(URI uri) {
    return HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build();
  }

  private static HttpRequest post(URI uri, Map<String, String> form, boolean command) {
    String body =
        form.entrySet().stream()
            .map(
                field ->
                    URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (command) {
      request.header(KeyCommandServlet.COMMAND_HEADER, "1");
    }
    return request.build();
  }

  /** The parsed command line; the action is the servlet's, for example add-and-activate. */
  record Arguments(URI server, String user, String action, String keyId) {

    /** Parses the arguments, or returns null if they do not match the usage. */
    static Arguments parse(String[] args) {
      String server = null;
      String user = null;
      boolean activate = false;
      List<String> words = new ArrayList<>();

      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--server" -> server = i + 1 < args.length ? args[++i] : null;
          case "--user" -> user = i + 1 < args.length ? args[++i] : null;
          case "--activate" -> activate = true;
          default -> words.add(args[i]);
        }
      }
      if (server == null || user == null || words.isEmpty()) {
        return null;
      }

      URI base;
      try {
        base = URI.create(server.endsWith("/") ? server : server + "/");
      } catch (IllegalArgumentException e) {
        return null;
      }

      String command = words.getFirst();
      if (command.equals("list") && words.size() == 1 && !activate) {
        return new Arguments(base, user, "list", "");
      }
      if (words.size() != 2 || (activate && !command.equals("add"))) {
        return null;
      }
      return switch (command) {
        case "add" ->
            new Arguments(base, user, activate ? "add-and-activate" : "add", words.get(1));
        case "activate", "delete" -> new Arguments(base, user, command, words.get(1));
        default -> null;
      };
    }
  }
}

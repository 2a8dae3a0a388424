package org.clinicchat.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An OpenID Connect provider on loopback for the single sign-on tests, speaking real HTTP with
 * RS256 identity tokens: discovery document, JWKS, an authorization endpoint that signs in the
 * caller set by {@link #nextSignIn} and redirects back with a code, a token endpoint that checks
 * the client credentials and the code, and a userinfo endpoint.
 *
 * <p>It serves plain HTTP: the container's OpenID Connect client in Payara Micro 7.2026.11 (Soteria
 * 4.0.2) accepts an {@code http} provider address, and loopback traffic needs no TLS here.
 */
public final class TestIdentityProvider implements AutoCloseable {

  /** The client id that the test deployment registers. */
  public static final String CLIENT_ID = "clinicchat-staff";

  /** The client secret of the test deployment, for tests only. */
  public static final String CLIENT_SECRET = "sso-tests-only-client-secret";

  private static final int TOKEN_SECONDS = 300;

  /**
   * Who signs in at the next authorization request, and how.
   *
   * @param subject the {@code sub} claim
   * @param groups the {@code groups} claim
   * @param amr the {@code amr} claim; empty for none
   * @param forged whether the token is signed with a key other than the published one
   */
  public record SignIn(String subject, List<String> groups, List<String> amr, boolean forged) {}

  private final HttpServer server;
  private final KeyPair publishedKey;
  private final KeyPair otherKey;
  private final Map<String, Grant> grants = new ConcurrentHashMap<>();
  private final Map<String, String> subjectsByAccessToken = new ConcurrentHashMap<>();
  private volatile SignIn next;

  private record Grant(SignIn signIn, String nonce, String redirectUri) {}

  private TestIdentityProvider(HttpServer server) throws GeneralSecurityException {
    this.server = server;
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    this.publishedKey = generator.generateKeyPair();
    this.otherKey = generator.generateKeyPair();
    server.createContext("/.well-known/openid-configuration", this::discovery);
    server.createContext("/jwks", this::jwks);
    server.createContext("/authorize", this::authorize);
    server.createContext("/token", this::token);
    server.createContext("/userinfo", this::userinfo);
  }

  /** Starts a provider on 127.0.0.1 at the port. */
  public static TestIdentityProvider start(int port) {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
      TestIdentityProvider provider = new TestIdentityProvider(server);
      server.start();
      return provider;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot listen on 127.0.0.1:" + port, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot create the provider's RSA keys", e);
    }
  }

  /** Returns the issuer, which is also the address of the discovery document's base. */
  public static String issuer(int port) {
    return "http://127.0.0.1:" + port;
  }

  /** Sets who signs in at the next authorization request. */
  public void nextSignIn(SignIn signIn) {
    next = signIn;
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private String issuer() {
    return issuer(server.getAddress().getPort());
  }

  private void discovery(HttpExchange exchange) throws IOException {
    String issuer = issuer();
    JsonObject document =
        Json.createObjectBuilder()
            .add("issuer", issuer)
            .add("authorization_endpoint", issuer + "/authorize")
            .add("token_endpoint", issuer + "/token")
            .add("userinfo_endpoint", issuer + "/userinfo")
            .add("jwks_uri", issuer + "/jwks")
            .add("response_types_supported", Json.createArrayBuilder().add("code"))
            .add("subject_types_supported", Json.createArrayBuilder().add("public"))
            .add("id_token_signing_alg_values_supported", Json.createArrayBuilder().add("RS256"))
            .add("scopes_supported", Json.createArrayBuilder().add("openid").add("profile"))
            .add(
                "token_endpoint_auth_methods_supported",
                Json.createArrayBuilder().add("client_secret_post").add("client_secret_basic"))
            .add("claims_supported", Json.createArrayBuilder().add("sub").add("groups").add("amr"))
            .build();
    send(exchange, 200, document);
  }

  private void jwks(HttpExchange exchange) throws IOException {
    RSAPublicKey key = (RSAPublicKey) publishedKey.getPublic();
    JsonObject jwk =
        Json.createObjectBuilder()
            .add("kty", "RSA")
            .add("use", "sig")
            .add("alg", "RS256")
            .add("n", unsigned(key.getModulus()))
            .add("e", unsigned(key.getPublicExponent()))
            .build();
    send(
        exchange,
        200,
        Json.createObjectBuilder().add("keys", Json.createArrayBuilder().add(jwk)).build());
  }

  /** Signs in {@link #next} at once, as a provider would after its own login and MFA pages. */
  private void authorize(HttpExchange exchange) throws IOException {
    Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
    SignIn signIn = next;
    if (signIn == null
        || !CLIENT_ID.equals(query.get("client_id"))
        || !"code".equals(query.get("response_type"))) {
      send(exchange, 400, error("invalid_request"));
      return;
    }
    String code = UUID.randomUUID().toString();
    String redirectUri = query.get("redirect_uri");
    grants.put(code, new Grant(signIn, query.get("nonce"), redirectUri));
    String location =
        redirectUri + "?code=" + code + "&state=" + encode(query.getOrDefault("state", ""));
    exchange.getResponseHeaders().add("Location", location);
    exchange.sendResponseHeaders(302, -1);
    exchange.close();
  }

  private void token(HttpExchange exchange) throws IOException {
    Map<String, String> body =
        form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    if (!isClient(exchange, body)) {
      send(exchange, 401, error("invalid_client"));
      return;
    }
    Grant grant = grants.remove(body.getOrDefault("code", ""));
    if (grant == null
        || !"authorization_code".equals(body.get("grant_type"))
        || !grant.redirectUri().equals(body.get("redirect_uri"))) {
      send(exchange, 400, error("invalid_grant"));
      return;
    }
    String accessToken = UUID.randomUUID().toString();
    subjectsByAccessToken.put(accessToken, grant.signIn().subject());
    JsonObject tokens =
        Json.createObjectBuilder()
            .add("access_token", accessToken)
            .add("token_type", "Bearer")
            .add("expires_in", TOKEN_SECONDS)
            .add("id_token", identityToken(grant))
            .build();
    send(exchange, 200, tokens);
  }

  private void userinfo(HttpExchange exchange) throws IOException {
    String authorization = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
    String subject = subjectsByAccessToken.get(authorization.replaceFirst("^Bearer ", ""));
    if (subject == null) {
      send(exchange, 401, error("invalid_token"));
      return;
    }
    send(exchange, 200, Json.createObjectBuilder().add("sub", subject).build());
  }

  private String identityToken(Grant grant) {
    SignIn signIn = grant.signIn();
    Instant now = Instant.now();
    JsonObjectBuilder claims =
        Json.createObjectBuilder()
            .add("iss", issuer())
            .add("sub", signIn.subject())
            .add("aud", CLIENT_ID)
            .add("iat", now.getEpochSecond())
            .add("exp", now.plusSeconds(TOKEN_SECONDS).getEpochSecond())
            .add("groups", array(signIn.groups()));
    if (grant.nonce() != null) {
      claims.add("nonce", grant.nonce());
    }
    if (!signIn.amr().isEmpty()) {
      claims.add("amr", array(signIn.amr()));
    }
    KeyPair key = signIn.forged() ? otherKey : publishedKey;
    return TestTokens.rs256(claims.build(), key.getPrivate());
  }

  private static boolean isClient(HttpExchange exchange, Map<String, String> body) {
    String expectedBasic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
    boolean basic = expectedBasic.equals(exchange.getRequestHeaders().getFirst("Authorization"));
    boolean post =
        CLIENT_ID.equals(body.get("client_id")) && CLIENT_SECRET.equals(body.get("client_secret"));
    return basic || post;
  }

  private static JsonArrayBuilder array(List<String> values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    values.forEach(array::add);
    return array;
  }

  private static JsonObject error(String code) {
    return Json.createObjectBuilder().add("error", code).build();
  }

  private static Map<String, String> form(String encoded) {
    Map<String, String> values = new HashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return values;
    }
    for (String pair : encoded.split("&")) {
      int separator = pair.indexOf('=');
      if (separator > 0) {
        values.put(
            URLDecoder.decode(pair.substring(0, separator), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(separator + 1), StandardCharsets.UTF_8));
      }
    }
    return values;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** Returns the base64url of a positive number without the sign byte, as RFC 7518 requires. */
  private static String unsigned(BigInteger number) {
    byte[] bytes = number.toByteArray();
    if (bytes.length > 1 && bytes[0] == 0) {
      bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static void send(HttpExchange exchange, int status, JsonObject body) throws IOException {
    byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.getResponseHeaders().add("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  /** Returns the base URI of the provider as a {@link URI}. */
  public URI baseUri() {
    return URI.create(issuer() + "/");
  }
}

package org.clinicchat.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** Calls the patient API of the test instance the way the widget does. */
public final class PatientClient {

  /** Maximum wait for a response, above the mail timeout, because a send may email a code. */
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final URI baseUri;
  private final HttpClient http;

  /** Creates a client for the test JVM, which trusts the test instance through its trust store. */
  public PatientClient() {
    this(TestServer.baseUri(), HttpClient.newBuilder());
  }

  private PatientClient(URI baseUri, HttpClient.Builder http) {
    this.baseUri = baseUri;
    this.http = http.connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** Returns a client of another server than the test instance, such as a cluster member. */
  public static PatientClient at(URI baseUri) {
    return new PatientClient(baseUri, HttpClient.newBuilder());
  }

  /**
   * Returns a client for a test that runs inside the server, which calls the server over loopback.
   * The server JVM's default trust store does not hold the test instance's self-signed certificate,
   * so this client trusts the keystore the server's TLS listener was started with, which the
   * server's {@code javax.net.ssl.keyStore} properties name.
   */
  public static PatientClient insideServer(int httpsPort) {
    URI base = URI.create("https://127.0.0.1:" + httpsPort + "/");
    return new PatientClient(base, HttpClient.newBuilder().sslContext(serverTlsTrust()));
  }

  /** Returns a TLS context that trusts the server's own certificate, for use inside the server. */
  public static SSLContext serverTlsTrust() {
    String location = System.getProperty("javax.net.ssl.keyStore");
    char[] password = System.getProperty("javax.net.ssl.keyStorePassword", "").toCharArray();
    if (location == null) {
      throw new IllegalStateException(
          "javax.net.ssl.keyStore is not set: insideServer() only works inside the test instance");
    }
    try (InputStream in = Files.newInputStream(Path.of(location))) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(store);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("Cannot trust the TLS keystore at " + location, e);
    }
  }

  /** Agrees to the current notice and returns the patient token. */
  public String agree() {
    return consent().token();
  }

  /**
   * Agrees to the current notice and returns the token, the visitor pseudonym and the consent id.
   *
   * @throws IllegalStateException if the server does not grant the consent
   */
  public Visitor consent() {
    Reply reply = consentRequest(currentNoticeVersion(), "PATIENT_CHAT");
    if (reply.status() != 201) {
      throw new IllegalStateException("Consent was not granted: " + reply);
    }
    JsonObject body = reply.json();
    String token = body.getString("token");
    return new Visitor(
        token, body.getString("visitor"), TestTokens.claimsOf(token).getString("consent"));
  }

  /**
   * Returns the version of the consent notice in force, which a test class may have changed by
   * publishing a new one.
   */
  public String currentNoticeVersion() {
    Reply notice = get("api/consent-notice", null);
    if (notice.status() != 200) {
      throw new IllegalStateException("The consent notice did not load: " + notice);
    }
    return notice.json().getString("version");
  }

  /** Posts a consent decision with the given notice version and purpose; null leaves one out. */
  public Reply consentRequest(String noticeVersion, String purpose) {
    var body = Json.createObjectBuilder();
    if (noticeVersion != null) {
      body.add("noticeVersion", noticeVersion);
    }
    if (purpose != null) {
      body.add("purpose", purpose);
    }
    return post("api/consents", null, body.build().toString());
  }

  /** Starts a conversation with a token and returns its id. */
  public String startConversation(String token) {
    Reply reply = post("api/conversations", token, null);
    if (reply.status() != 201) {
      throw new IllegalStateException("The conversation did not start: " + reply);
    }
    return reply.json().getString("id");
  }

  /** Sends a chat message and returns the raw reply. */
  public Reply send(String token, String conversationId, String text) {
    String body = Json.createObjectBuilder().add("text", text).build().toString();
    return post(messagesPath(conversationId), token, body);
  }

  /** Sends a chat message with an {@code Idempotency-Key} header and returns the raw reply. */
  public Reply send(String token, String conversationId, String text, String idempotencyKey) {
    String body = Json.createObjectBuilder().add("text", text).build().toString();
    HttpRequest request =
        HttpRequest.newBuilder(uri(messagesPath(conversationId)))
            .timeout(TIMEOUT)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + token)
            .header("Idempotency-Key", idempotencyKey)
            .build();
    return exchange(request);
  }

  /** Reads the transcript of a conversation and returns the raw reply. */
  public Reply transcript(String token, String conversationId) {
    return get(messagesPath(conversationId), token);
  }

  /**
   * Opens the Server-Sent Events stream of a conversation's messages, with an optional bearer token
   * and an optional {@code Last-Event-ID}, and returns once the response headers arrived.
   */
  public EventStream events(String token, String conversationId, String lastEventId) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(eventsPath(conversationId)))
            .timeout(TIMEOUT)
            .header("Accept", "text/event-stream")
            .GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (lastEventId != null) {
      request.header("Last-Event-ID", lastEventId);
    }
    try {
      return new EventStream(http.send(request.build(), HttpResponse.BodyHandlers.ofLines()));
    } catch (IOException e) {
      throw new IllegalStateException("Opening the event stream failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while opening the event stream", e);
    }
  }

  /** Returns the path of a conversation's event stream, its id percent-encoded. */
  public static String eventsPath(String conversationId) {
    return messagesPath(conversationId).replaceFirst("/messages$", "/events");
  }

  /**
   * Returns the path of a conversation's messages. The id is percent-encoded as a path segment, so
   * that tests can send hostile ids (spaces, slashes) to the server instead of failing in the
   * client.
   */
  public static String messagesPath(String conversationId) {
    String segment = URLEncoder.encode(conversationId, StandardCharsets.UTF_8).replace("+", "%20");
    return "api/conversations/" + segment + "/messages";
  }

  /** Sends a POST with an optional bearer token and an optional JSON body. */
  public Reply post(String path, String token, String jsonBody) {
    return postRaw(path, token, jsonBody == null ? null : "application/json", jsonBody);
  }

  /**
   * Sends a POST with an optional bearer token, content type and body, exactly as given, for
   * requests that a well-behaved client would not send.
   */
  public Reply postRaw(String path, String token, String contentType, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .timeout(TIMEOUT)
            .POST(
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return exchange(request.build());
  }

  /** Sends a GET with an optional bearer token. */
  public Reply get(String path, String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return exchange(request.build());
  }

  /** Sends a DELETE with a bearer token. */
  public Reply delete(String path, String token) {
    HttpRequest request =
        HttpRequest.newBuilder(uri(path))
            .timeout(TIMEOUT)
            .DELETE()
            .header("Authorization", "Bearer " + token)
            .build();
    return exchange(request);
  }

  /**
   * Sends a request with an optional bearer token and JSON body, and returns the whole response,
   * headers included.
   */
  public HttpResponse<String> request(String method, String path, String token, String jsonBody) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (jsonBody == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json");
      request.method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
    }
    try {
      return StartupRetry.send(http, request.build());
    } catch (IOException e) {
      throw new IllegalStateException("Request to " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while calling " + path, e);
    }
  }

  private URI uri(String path) {
    return baseUri.resolve(path);
  }

  private Reply exchange(HttpRequest request) {
    try {
      HttpResponse<String> response = StartupRetry.send(http, request);
      return new Reply(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new IllegalStateException("Request to " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while calling " + request.uri(), e);
    }
  }

  /** A visitor who agreed to the notice: the patient token, the pseudonym and the consent id. */
  public record Visitor(String token, String pseudonym, String consentId) {}

  /** A response: status, content type and body. */
  public record Reply(int status, String contentType, String body) {

    /** Parses the body as a JSON object. */
    public JsonObject json() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.readObject();
      }
    }

    /** Parses the body as a JSON array. */
    public JsonArray jsonArray() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.readArray();
      }
    }

    /** Returns whether the body is RFC 9457 problem details. */
    public boolean isProblem() {
      return contentType.startsWith("application/problem+json");
    }
  }

  /** Returns the address of a path, for messages. */
  public static URI address(String path) {
    return TestServer.uri(path);
  }
}

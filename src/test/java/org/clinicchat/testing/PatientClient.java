package org.clinicchat.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Calls the patient API of the test instance the way the widget does. */
public final class PatientClient {

  /** The version of the consent notice in the server configuration. */
  public static final String NOTICE_VERSION = "2026-12-01";

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /** Agrees to the current notice and returns the patient token. */
  public String agree() {
    Reply reply =
        post(
            "api/consents",
            null,
            "{\"noticeVersion\":\"" + NOTICE_VERSION + "\",\"purpose\":\"PATIENT_CHAT\"}");
    return reply.json().getString("token");
  }

  /** Starts a conversation with a token and returns its id. */
  public String startConversation(String token) {
    return post("api/conversations", token, null).json().getString("id");
  }

  /** Sends a chat message and returns the raw reply. */
  public Reply send(String token, String conversationId, String text) {
    String body = Json.createObjectBuilder().add("text", text).build().toString();
    return post("api/conversations/" + conversationId + "/messages", token, body);
  }

  /** Sends a POST with an optional bearer token and an optional JSON body. */
  public Reply post(String path, String token, String jsonBody) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(TestServer.uri(path))
            .timeout(TIMEOUT)
            .POST(
                jsonBody == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(jsonBody));
    if (jsonBody != null) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return exchange(request.build());
  }

  /** Sends a GET with an optional bearer token. */
  public Reply get(String path, String token) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(TestServer.uri(path)).timeout(TIMEOUT).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return exchange(request.build());
  }

  /** Sends a DELETE with a bearer token. */
  public Reply delete(String path, String token) {
    HttpRequest request =
        HttpRequest.newBuilder(TestServer.uri(path))
            .timeout(TIMEOUT)
            .DELETE()
            .header("Authorization", "Bearer " + token)
            .build();
    return exchange(request);
  }

  private Reply exchange(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
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

  /** A response: status, content type and body. */
  public record Reply(int status, String contentType, String body) {

    /** Parses the body as a JSON object. */
    public JsonObject json() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.readObject();
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

package org.clinicchat.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.clinicchat.testing.Deployments;
import org.clinicchat.testing.PatientClient;
import org.clinicchat.testing.PatientClient.Reply;
import org.clinicchat.testing.PatientClient.Visitor;
import org.clinicchat.testing.StaffSession;
import org.clinicchat.testing.TestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PHI that patients type never reaches the server's logs, whether the request succeeds or fails.
 * The test plants a made-up name, date of birth and phone number in valid and invalid requests,
 * then searches every log file of the test instance for them. The logs keep earlier runs, so a leak
 * stays visible until {@code mvn clean}. Malformed and forged requests also log no stack trace,
 * which could quote request data and reveals the server internals to an attacker.
 */
@ExtendWith(ArquillianExtension.class)
class PhiLogIT {

  private static final String NAME = "Zebulon Quartermaine";
  private static final String BIRTH_DATE = "1957-03-14";
  private static final String PHONE = "(555) 867-5309";
  private static final String PHI =
      "My name is " + NAME + ", born " + BIRTH_DATE + ", call me at " + PHONE + ".";

  private static final String SETUP_PAGE = "setup.xhtml";

  /** A frame of a Java stack trace as the JDK prints it. */
  private static final Pattern STACK_FRAME = Pattern.compile("^\\s+at [\\w.$/]+\\(");

  private final PatientClient patient = new PatientClient();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.clinicChat();
  }

  @Test
  void phiNotLogged() throws Exception {
    List<String> unexpected = sendPhiEveryWay();
    // Payara writes log records from a queue; give it time to reach the file.
    Thread.sleep(1500);
    List<Path> logs = TestServer.serverLogs();

    // The server logs this line at start, when it loads the FAQ it answers from.
    assertFalse(
        hits(logs, "Answering from FAQ version").isEmpty(),
        () -> "the files read are the ones the server logs to: " + logs);
    assertEquals(List.of(), hits(logs, NAME), "the name is not logged");
    assertEquals(List.of(), hits(logs, BIRTH_DATE), "the date of birth is not logged");
    assertEquals(List.of(), hits(logs, PHONE), "the phone number is not logged");
    assertEquals(List.of(), unexpected, "each request took the path it was meant to");
  }

  @Test
  void malformedRequestsLogNoStackTrace() throws Exception {
    long logStart = Files.size(TestServer.serverLog());

    List<String> unexpected = sendMalformedRequests();
    // Payara writes log records from a queue; give it time to reach the file.
    Thread.sleep(1500);

    assertEquals(List.of(), unexpected, "each request took the path it was meant to");
    assertEquals(List.of(), stackTraces(logStart), "no stack trace in the log");
  }

  /**
   * Sends forged Faces view states, forged tokens and the requests of {@link #sendPhiEveryWay}.
   * Returns a line for each server error, and for each unexpected status of those requests.
   */
  private List<String> sendMalformedRequests() {
    List<String> unexpected = new ArrayList<>();
    StaffSession visitor = StaffSession.anonymous();
    visitor.get(SETUP_PAGE);
    for (String viewState : List.of("stateless", "-1:-1", "AAAA" + "=".repeat(3), "")) {
      Map<String, String> form = new LinkedHashMap<>();
      form.put("setup", "setup");
      form.put("jakarta.faces.ViewState", viewState);
      int status = visitor.post(SETUP_PAGE, form).statusCode();
      if (status >= 500) {
        unexpected.add("view state \"" + viewState + "\": " + status);
      }
    }
    String token = patient.agree();
    String conversation = patient.startConversation(token);
    for (String forged : List.of("garbage", token + "x", token.substring(0, token.length() / 2))) {
      int status = patient.send(forged, conversation, "Hello").status();
      if (status >= 500) {
        unexpected.add("forged token: " + status);
      }
    }
    unexpected.addAll(sendPhiEveryWay());
    return unexpected;
  }

  /**
   * Returns the first line of each stack trace logged after the offset of the current log file, the
   * whole file when it rotated since then.
   */
  private static List<String> stackTraces(long offset) throws IOException {
    byte[] log = Files.readAllBytes(TestServer.serverLog());
    int start = log.length >= offset ? (int) offset : 0;
    String[] lines = new String(log, start, log.length - start, StandardCharsets.UTF_8).split("\n");
    List<String> traces = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      if (STACK_FRAME.matcher(lines[i]).find() && !STACK_FRAME.matcher(lines[i - 1]).find()) {
        traces.add(lines[i - 1]);
      }
    }
    return traces;
  }

  /**
   * Sends the PHI in valid requests, invalid ones, and requests for data the caller may not see.
   * Returns a line for each response whose status was not the expected one, so that the logs are
   * checked first: a request that fails another way may be the one that leaks.
   */
  private List<String> sendPhiEveryWay() {
    Visitor visitor = patient.consent();
    String token = visitor.token();
    String conversation = patient.startConversation(token);
    String messages = PatientClient.messagesPath(conversation);
    String json = "application/json";
    List<String> unexpected = new ArrayList<>();

    expect(unexpected, "message", 201, patient.send(token, conversation, PHI));
    expect(unexpected, "transcript", 200, patient.transcript(token, conversation));
    expect(unexpected, "oversize", 400, patient.send(token, conversation, PHI.repeat(100)));
    expect(
        unexpected,
        "unterminated JSON",
        400,
        patient.postRaw(messages, token, json, "{\"text\": \"" + PHI));
    expect(
        unexpected,
        "unquoted JSON",
        400,
        patient.postRaw(messages, token, json, "{\"text\": " + PHI + "}"));
    expect(unexpected, "plain text", 415, patient.postRaw(messages, token, "text/plain", PHI));
    String idWithPhi = BIRTH_DATE + "-" + "x".repeat(200);
    expect(unexpected, "id with PHI", 404, patient.send(token, idWithPhi, PHI));

    expect(
        unexpected,
        "public question",
        200,
        publicAnswer("{\"question\": \"" + PHI + " What are your hours?\"}"));
    expect(
        unexpected,
        "public oversize",
        400,
        publicAnswer("{\"question\": \"" + PHI.repeat(100) + "\"}"));
    expect(unexpected, "public unquoted", 400, publicAnswer("{\"question\": " + PHI + "}"));

    expect(unexpected, "revoke", 204, patient.delete("api/consents/current", token));
    expect(unexpected, "after revoking", 403, patient.send(token, conversation, PHI));
    return unexpected;
  }

  private static void expect(List<String> unexpected, String request, int status, Reply reply) {
    if (reply.status() != status) {
      unexpected.add(request + ": expected " + status + ", got " + reply.status());
    }
  }

  private Reply publicAnswer(String body) {
    return patient.postRaw("api/public-answers", null, "application/json", body);
  }

  /** Returns the file and line number of every line that contains the text. */
  private static List<String> hits(List<Path> logs, String text) throws IOException {
    List<String> hits = new ArrayList<>();
    for (Path log : logs) {
      // Decoded leniently: a byte that is not UTF-8 must not stop the search.
      String[] lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).split("\n");
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].contains(text)) {
          hits.add(log.getFileName() + ":" + (i + 1));
        }
      }
    }
    return hits;
  }
}

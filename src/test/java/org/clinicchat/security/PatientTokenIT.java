package org.clinicchat.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.List;
import org.clinicchat.testing.Deployments;
import org.clinicchat.testing.PatientClient;
import org.clinicchat.testing.PatientClient.Reply;
import org.clinicchat.testing.PatientClient.Visitor;
import org.clinicchat.testing.TestTokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The patient API accepts only unexpired RS256 tokens that the server's key signed for its issuer,
 * and only for the PATIENT role. Each forged token below differs from a valid one in one respect;
 * {@link #handMadeToken()} shows that the unchanged one is accepted.
 */
@ExtendWith(ArquillianExtension.class)
class PatientTokenIT {

  private static final String START = "api/conversations";

  private final PatientClient patient = new PatientClient();
  private final PrivateKey serverKey = TestTokens.serverSigningKey();
  private Visitor visitor;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.clinicChat();
  }

  @BeforeEach
  void agree() {
    visitor = patient.consent();
  }

  @Test
  void handMadeToken() {
    String token = TestTokens.rs256(claims().build(), serverKey);

    assertEquals(201, start(token).status());
  }

  @Test
  void noToken() {
    assertProblem(401, start(null));
  }

  @Test
  void garbageToken() {
    assertProblem(401, start("not.a.token"));
  }

  @Test
  void otherKey() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    PrivateKey otherKey = generator.generateKeyPair().getPrivate();

    assertProblem(401, start(TestTokens.rs256(claims().build(), otherKey)));
  }

  @Test
  void expired() {
    long now = Instant.now().getEpochSecond();
    // An hour past expiry, far beyond any clock skew the verifier allows.
    JsonObjectBuilder expired = claims().add("iat", now - 7200).add("exp", now - 3600);

    assertProblem(401, start(TestTokens.rs256(expired.build(), serverKey)));
  }

  @Test
  void noExpiry() {
    assertProblem(401, start(TestTokens.rs256(claims().remove("exp").build(), serverKey)));
  }

  @Test
  void algNone() {
    assertProblem(401, start(TestTokens.unsigned(claims().build())));
  }

  @Test
  void hmacWithPublicKey() {
    // The algorithm-confusion attack: an HMAC keyed with the public key, which anyone may hold.
    byte[] publicKey = TestTokens.serverPublicKeyPem().getBytes(StandardCharsets.US_ASCII);

    assertProblem(401, start(TestTokens.hs256(claims().build(), publicKey)));
  }

  @Test
  void modifiedPayload() {
    Visitor other = patient.consent();
    String tampered =
        TestTokens.withPayload(
            visitor.token(),
            TestTokens.patientClaims(other.pseudonym(), visitor.consentId()).build());

    assertProblem(401, start(tampered));
  }

  @Test
  void wrongIssuer() {
    String token = TestTokens.rs256(claims().add("iss", "not-clinicchat").build(), serverKey);

    assertProblem(401, start(token));
  }

  @Test
  void adminGroup() {
    JsonObjectBuilder admin = claims().add("groups", Json.createArrayBuilder().add("ADMIN"));

    assertProblem(403, start(TestTokens.rs256(admin.build(), serverKey)));
  }

  @Test
  void forgedSendsStoreNothing() throws Exception {
    String conversation = patient.startConversation(visitor.token());
    int before = messageCount(conversation);

    for (String forged : forgedTokens()) {
      assertEquals(
          401, patient.send(forged, conversation, "Planted by a forged token").status(), forged);
    }

    assertEquals(before, messageCount(conversation), "nothing stored");
  }

  @Test
  void validSendWorksAfterForgedOnes() throws Exception {
    String conversation = patient.startConversation(visitor.token());
    for (String forged : forgedTokens()) {
      patient.send(forged, conversation, "Planted by a forged token");
    }

    assertEquals(201, patient.send(visitor.token(), conversation, "What are your hours?").status());
  }

  @Test
  void renewedTokenWorks() {
    Reply renewed = patient.post("api/consents/current/token", visitor.token(), null);
    assertEquals(200, renewed.status(), renewed::toString);

    assertEquals(201, start(renewed.json().getString("token")).status());
  }

  @Test
  void renewalAfterWithdrawalRejected() {
    assertEquals(204, patient.delete("api/consents/current", visitor.token()).status());

    assertProblem(403, patient.post("api/consents/current/token", visitor.token(), null));
  }

  @Test
  void renewalWithForgedTokenRejected() throws Exception {
    for (String forged : forgedTokens()) {
      assertEquals(401, patient.post("api/consents/current/token", forged, null).status(), forged);
    }
  }

  /** Returns one token for each forgery above, each aimed at the visitor's own conversation. */
  private List<String> forgedTokens() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    long now = Instant.now().getEpochSecond();
    byte[] publicKey = TestTokens.serverPublicKeyPem().getBytes(StandardCharsets.US_ASCII);
    return List.of(
        "not.a.token",
        TestTokens.rs256(claims().build(), generator.generateKeyPair().getPrivate()),
        TestTokens.rs256(claims().add("iat", now - 7200).add("exp", now - 3600).build(), serverKey),
        TestTokens.rs256(claims().remove("exp").build(), serverKey),
        TestTokens.unsigned(claims().build()),
        TestTokens.hs256(claims().build(), publicKey),
        TestTokens.rs256(claims().add("iss", "not-clinicchat").build(), serverKey));
  }

  private int messageCount(String conversation) {
    Reply transcript = patient.transcript(visitor.token(), conversation);
    assertEquals(200, transcript.status(), transcript::toString);
    return transcript.jsonArray().size();
  }

  /** Returns the claims the server would issue for the visitor's consent. */
  private JsonObjectBuilder claims() {
    return TestTokens.patientClaims(visitor.pseudonym(), visitor.consentId());
  }

  private Reply start(String token) {
    return patient.post(START, token, null);
  }

  private static void assertProblem(int status, Reply reply) {
    assertEquals(status, reply.status(), reply::toString);
    assertTrue(reply.isProblem(), () -> "problem details, not " + reply.contentType());
    assertEquals(status, reply.json().getInt("status"));
    assertFalse(reply.json().getString("detail", "").isBlank(), "a detail for the client");
    assertFalse(reply.body().contains("Exception"), reply::body);
    assertFalse(reply.body().contains("at org."), reply::body);
  }
}

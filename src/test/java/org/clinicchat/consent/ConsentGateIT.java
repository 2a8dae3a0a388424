package org.clinicchat.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.PrivateKey;
import java.util.UUID;
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
 * Chat calls need a consent on record, of the caller, unrevoked, for the chat; agreeing needs the
 * current notice. A correctly signed token is not enough. {@link ConsentGateStorageIT} checks the
 * database after calls rejected here.
 */
@ExtendWith(ArquillianExtension.class)
class ConsentGateIT {

  private static final String START = "api/conversations";
  private static final String NO_CONSENT =
      "No valid consent for purpose PATIENT_CHAT. Agree to the consent notice first.";

  private final PatientClient patient = new PatientClient();
  private final PrivateKey serverKey = TestTokens.serverSigningKey();
  private Visitor visitor;
  private String conversation;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.clinicChat();
  }

  @BeforeEach
  void startConversation() {
    visitor = patient.consent();
    conversation = patient.startConversation(visitor.token());
  }

  @Test
  void unknownConsent() {
    String token = signed(visitor.pseudonym(), UUID.randomUUID().toString());

    assertProblem(403, NO_CONSENT, patient.post(START, token, null));
    assertProblem(403, NO_CONSENT, patient.send(token, conversation, "my head hurts"));
    assertProblem(403, NO_CONSENT, patient.transcript(token, conversation));
    assertEquals("[]", transcript().body(), "nothing was stored");
  }

  @Test
  void otherVisitorsConsent() {
    Visitor other = patient.consent();
    // The other visitor's pseudonym with this visitor's consent.
    String token = signed(other.pseudonym(), visitor.consentId());

    assertProblem(403, NO_CONSENT, patient.post(START, token, null));
    assertProblem(403, NO_CONSENT, patient.send(token, conversation, "my head hurts"));
  }

  @Test
  void noConsentClaim() {
    String token =
        TestTokens.rs256(
            TestTokens.patientClaims(visitor.pseudonym(), "unused").remove("consent").build(),
            serverKey);

    assertProblem(403, NO_CONSENT, patient.post(START, token, null));
    assertProblem(403, NO_CONSENT, patient.send(token, conversation, "my head hurts"));
  }

  @Test
  void revoked() {
    assertEquals(201, patient.send(visitor.token(), conversation, "What are your hours?").status());
    assertEquals(2, transcript().jsonArray().size());

    assertEquals(204, patient.delete("api/consents/current", visitor.token()).status());

    assertProblem(403, NO_CONSENT, patient.send(visitor.token(), conversation, "my head hurts"));
    assertProblem(403, NO_CONSENT, transcript());
    assertProblem(403, NO_CONSENT, patient.post(START, visitor.token(), null));
  }

  @Test
  void revokeKeepsOtherConsents() {
    Visitor other = patient.consent();
    String othersConversation = patient.startConversation(other.token());

    assertEquals(204, patient.delete("api/consents/current", visitor.token()).status());

    assertEquals(201, patient.send(other.token(), othersConversation, "Hello").status());
  }

  @Test
  void currentNotice() {
    Reply notice = patient.get("api/consent-notice", null);

    assertEquals(200, notice.status());
    assertEquals("en", notice.json().getString("language"));
  }

  @Test
  void spanishNotice() {
    Reply notice = patient.get("api/consent-notice?language=es", null);

    assertEquals("es", notice.json().getString("language"));
    assertTrue(notice.json().getString("title").startsWith("Antes de conversar"));
  }

  @Test
  void outdatedNotice() {
    assertProblem(
        409,
        "Consent notice version '2025-01-01' is not the current version '"
            + patient.currentNoticeVersion()
            + "'. Reload the notice and agree again.",
        patient.consentRequest("2025-01-01", "PATIENT_CHAT"));
  }

  @Test
  void malformedNoticeVersion() {
    assertProblem(
        400,
        "noticeVersion must be the version of the notice shown.",
        patient.consentRequest("2026/12/01 <b>", "PATIENT_CHAT"));
  }

  @Test
  void missingNoticeVersion() {
    assertProblem(400, "noticeVersion is required.", patient.consentRequest(null, "PATIENT_CHAT"));
  }

  @Test
  void missingPurpose() {
    assertProblem(
        400, "purpose is required.", patient.consentRequest(patient.currentNoticeVersion(), null));
  }

  @Test
  void unknownPurpose() {
    assertProblem(
        400,
        "The request body is not valid JSON of the expected shape.",
        patient.consentRequest(patient.currentNoticeVersion(), "MARKETING"));
  }

  private Reply transcript() {
    return patient.transcript(visitor.token(), conversation);
  }

  /** Signs a patient token with the server's key for any pseudonym and consent id. */
  private String signed(String pseudonym, String consentId) {
    return TestTokens.rs256(TestTokens.patientClaims(pseudonym, consentId).build(), serverKey);
  }

  private static void assertProblem(int status, String detail, Reply reply) {
    assertEquals(status, reply.status(), reply::toString);
    assertTrue(reply.isProblem(), () -> "problem details, not " + reply.contentType());
    assertEquals(detail, reply.json().getString("detail"));
  }
}

package org.clinicchat.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.clinicchat.testing.Deployments;
import org.clinicchat.testing.PatientClient;
import org.clinicchat.testing.PatientClient.Visitor;
import org.clinicchat.testing.StaffSession;
import org.clinicchat.testing.TestIdentityProvider;
import org.clinicchat.testing.TestIdentityProvider.SignIn;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff sign-in through the hospital's OpenID Connect provider, against {@link
 * TestIdentityProvider} on loopback: the container's OpenID Connect client fetches its discovery
 * document and keys, exchanges the code and checks the RS256 identity token, and ClinicChat checks
 * MFA and maps roles. The patient API keeps its MicroProfile JWT authentication in the same WAR.
 */
@ExtendWith(ArquillianExtension.class)
class HospitalSignOnIT {

  private static final String CONVERSATIONS = "admin/conversations/index.xhtml";
  private static final String STAFF_ACCOUNTS = "admin/staff/index.xhtml";
  private static final List<String> MFA = List.of("pwd", "mfa");
  private static final List<String> PASSWORD_ONLY = List.of("pwd");
  private static final int PROVIDER_PORT = Integer.getInteger("clinicchat.it.oidc-port");

  private static TestIdentityProvider provider;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.clinicChatWithHospitalSignOn(PROVIDER_PORT);
  }

  @BeforeAll
  static void startProvider() {
    provider = TestIdentityProvider.start(PROVIDER_PORT);
  }

  @AfterAll
  static void stopProvider() {
    provider.close();
  }

  @Test
  void clinicianWithMfaOpensConversations() {
    StaffSession session = StaffSession.anonymous();
    HttpResponse<String> signedIn = signIn(session, clinician(MFA), CONVERSATIONS);
    session.acknowledgePolicy();

    assertEquals("/" + CONVERSATIONS, target(signedIn));
    assertEquals(200, session.get(CONVERSATIONS).statusCode());
  }

  @Test
  void signInRenewsSessionId() {
    StaffSession session = StaffSession.anonymous();
    provider.nextSignIn(clinician(MFA));
    HttpResponse<String> toProvider = session.get(CONVERSATIONS);
    HttpResponse<String> back = session.get(location(toProvider));
    String before = session.sessionCookie();

    session.get(location(back));

    assertNotEquals(before, session.sessionCookie());
  }

  @Test
  void signOutEndsSsoSession() {
    StaffSession session = StaffSession.anonymous();
    signIn(session, clinician(MFA), "admin/index.xhtml");

    session.post("logout", Map.of());

    assertTrue(location(session.get("admin/index.xhtml")).startsWith(authorizationEndpoint()));
  }

  @Test
  void unauthenticatedStaffPageGoesToProvider() {
    HttpResponse<String> response = StaffSession.anonymous().get(CONVERSATIONS);

    assertEquals(302, response.statusCode());
    assertTrue(location(response).startsWith(authorizationEndpoint()), location(response));
  }

  @Test
  void withoutMfaRejected() {
    StaffSession session = StaffSession.anonymous();
    HttpResponse<String> rejected = signIn(session, clinician(PASSWORD_ONLY), CONVERSATIONS);

    assertEquals("/login.xhtml?sso=mfa-missing", target(rejected));
    assertEquals(302, session.get(CONVERSATIONS).statusCode());
  }

  @Test
  void withoutMfaMessageShown() {
    String page = StaffSession.anonymous().get("login.xhtml?sso=mfa-missing").body();

    assertTrue(page.contains("did not use a second factor"), page);
  }

  @Test
  void withoutMfaAudited() {
    SignIn withoutMfa = clinician(PASSWORD_ONLY);
    signIn(StaffSession.anonymous(), withoutMfa, CONVERSATIONS);

    String events = auditEvents("SSO_LOGIN_REJECTED_NO_MFA", staffId(withoutMfa));

    assertTrue(events.contains(",SSO_LOGIN_REJECTED_NO_MFA,SsoAccount,"), events);
  }

  @Test
  void unknownRoleGetsNoRole() {
    StaffSession session = StaffSession.anonymous();
    SignIn escalation =
        new SignIn("escalation-" + UUID.randomUUID(), List.of("superuser", "ADMIN"), MFA, false);
    signIn(session, escalation, "admin/index.xhtml");

    assertEquals(403, session.get(STAFF_ACCOUNTS).statusCode());
  }

  @Test
  void unknownRoleAudited() {
    SignIn escalation =
        new SignIn("escalation-" + UUID.randomUUID(), List.of("superuser"), MFA, false);
    signIn(StaffSession.anonymous(), escalation, "admin/index.xhtml");

    String events = auditEvents("SSO_ROLE_UNMAPPED", staffId(escalation));

    assertTrue(events.contains(",SSO_ROLE_UNMAPPED,SsoAccount,"), events);
  }

  @Test
  void mappedAdministratorOpensStaffAccounts() {
    StaffSession session = administrator();

    assertEquals(200, session.get(STAFF_ACCOUNTS).statusCode());
  }

  @Test
  void accessReviewListsSsoAccount() {
    SignIn clinician = clinician(MFA);
    signIn(StaffSession.anonymous(), clinician, CONVERSATIONS);

    String review = administrator().get("admin/access-review/index.xhtml").body();

    assertTrue(
        Pattern.compile(
                Pattern.quote(staffId(clinician))
                    + "\\s*</td>\\s*<td>\\s*<span class=\"sign-in-kind\">SSO account</span>"
                    + "\\s*</td>\\s*<td>\\s*\\[CLINICIAN\\]")
            .matcher(review)
            .find(),
        review);
  }

  @Test
  void forgedTokenRejected() {
    StaffSession session = StaffSession.anonymous();
    SignIn forged =
        new SignIn("forged-" + UUID.randomUUID(), List.of("it-administrators"), MFA, true);
    HttpResponse<String> rejected = signIn(session, forged, STAFF_ACCOUNTS);

    assertEquals("/login.xhtml?sso=failed", target(rejected));
    assertEquals(302, session.get(STAFF_ACCOUNTS).statusCode());
  }

  @Test
  void callbackWithUnknownStateRejected() {
    StaffSession session = StaffSession.anonymous();
    HttpResponse<String> rejected = session.get("sso/callback?code=made-up&state=made-up");

    assertEquals("/login.xhtml?sso=failed", target(rejected));
    assertEquals(302, session.get(CONVERSATIONS).statusCode());
  }

  @Test
  void localSignInStaysAvailable() {
    HttpResponse<String> response =
        StaffSession.anonymous().passwordStep("no-such-local-user", "wrong password 1");

    assertEquals("/login.xhtml?failed=true", target(response));
  }

  @Test
  void localSignInPageOpens() {
    String page = StaffSession.anonymous().get("login.xhtml?local=true").body();

    assertTrue(page.contains("action=\"j_security_check\""), page);
  }

  @Test
  void patientApiTakesPatientTokens() {
    PatientClient patient = new PatientClient();
    Visitor visitor = patient.consent();

    assertEquals(201, patient.post("api/conversations", visitor.token(), null).status());
  }

  /**
   * Signs the session in through the provider as a browser would, starting at a staff page, and
   * returns the application's response to the provider's redirect back.
   */
  private static HttpResponse<String> signIn(StaffSession session, SignIn signIn, String page) {
    provider.nextSignIn(signIn);
    HttpResponse<String> toProvider = session.get(page);
    HttpResponse<String> back = session.get(location(toProvider));
    return session.get(location(back));
  }

  private static StaffSession administrator() {
    StaffSession session = StaffSession.anonymous();
    signIn(
        session,
        new SignIn("administrator-" + UUID.randomUUID(), List.of("it-administrators"), MFA, false),
        "admin/index.xhtml");
    return session;
  }

  private static String auditEvents(String action, String actor) {
    return administrator()
        .get(
            "admin/audit/export?format=csv&action="
                + action
                + "&actor="
                + URLEncoder.encode(actor, StandardCharsets.UTF_8))
        .body();
  }

  private static String authorizationEndpoint() {
    return TestIdentityProvider.issuer(PROVIDER_PORT) + "/authorize?";
  }

  private static SignIn clinician(List<String> amr) {
    return new SignIn("clinician-" + UUID.randomUUID(), List.of("ward-clinicians"), amr, false);
  }

  private static String staffId(SignIn signIn) {
    return new StaffClaims(
            TestIdentityProvider.issuer(PROVIDER_PORT), signIn.subject(), List.of(), List.of(), "")
        .staffId();
  }

  /** Returns the path and query of a redirect within the application. */
  private static String target(HttpResponse<?> response) {
    URI location = URI.create(location(response));
    return location.getRawQuery() == null
        ? location.getRawPath()
        : location.getRawPath() + "?" + location.getRawQuery();
  }

  private static String location(HttpResponse<?> response) {
    return response
        .headers()
        .firstValue("Location")
        .orElseThrow(() -> new AssertionError("No redirect: status " + response.statusCode()));
  }
}

package org.clinicchat.security;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.clinicchat.testing.Browser;
import org.clinicchat.testing.Deployments;
import org.clinicchat.testing.EventStream;
import org.clinicchat.testing.PatientClient;
import org.clinicchat.testing.StaffFixtures;
import org.clinicchat.testing.StaffFixtures.Account;
import org.clinicchat.testing.StaffSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The access matrix of the README, cell by cell: every staff page and endpoint and every patient
 * endpoint, requested by an anonymous caller, two patients and one account of each staff role. An
 * allowed cell gets its success status. A staff member without the role gets 403, and a patient who
 * asks for another patient's conversation gets 404. The API answers 401 without a patient token,
 * and a staff page redirects to the sign-in page without a staff session.
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {

  private static final String LOGIN_REDIRECT = "302 /login.xhtml";
  private static final String CONVERSATION = "{conversation}";
  private static final String HOURS_QUESTION = "{\"text\":\"What are your hours?\"}";
  private static final String NOTICE_VERSION = "{notice-version}";
  private static final String CONSENT_BODY =
      "{\"noticeVersion\":\"" + NOTICE_VERSION + "\",\"purpose\":\"PATIENT_CHAT\"}";

  /** Who sends a request. */
  enum Caller {
    ANONYMOUS,
    PATIENT_A,
    PATIENT_B,
    ADMIN,
    PRIVACY_OFFICER,
    CLINICIAN,
    FRONT_DESK,
    AUDITOR;

    boolean isPatient() {
      return this == PATIENT_A || this == PATIENT_B;
    }

    boolean isStaff() {
      return this != ANONYMOUS && !isPatient();
    }
  }

  private static final Set<Caller> STAFF =
      EnumSet.of(
          Caller.ADMIN,
          Caller.PRIVACY_OFFICER,
          Caller.CLINICIAN,
          Caller.FRONT_DESK,
          Caller.AUDITOR);
  private static final Set<Caller> CONVERSATION_READERS =
      EnumSet.of(Caller.ADMIN, Caller.CLINICIAN);
  private static final Set<Caller> AUDIT_READERS =
      EnumSet.of(Caller.ADMIN, Caller.PRIVACY_OFFICER, Caller.AUDITOR);
  private static final Set<Caller> OVERSIGHT = EnumSet.of(Caller.ADMIN, Caller.PRIVACY_OFFICER);
  private static final Set<Caller> ADMIN_ONLY = EnumSet.of(Caller.ADMIN);

  /** The roles that read no conversation, and so may ask for emergency access. */
  private static final Set<Caller> WITHOUT_CONVERSATIONS =
      EnumSet.of(Caller.FRONT_DESK, Caller.AUDITOR, Caller.PRIVACY_OFFICER);

  private static final Set<Caller> PRIVACY_ONLY = EnumSet.of(Caller.PRIVACY_OFFICER);
  private static final Set<Caller> CALENDAR_READERS =
      EnumSet.of(Caller.ADMIN, Caller.CLINICIAN, Caller.FRONT_DESK);
  private static final Set<Caller> CALENDAR_CHANGERS = EnumSet.of(Caller.ADMIN, Caller.FRONT_DESK);
  private static final Set<Caller> PATIENTS = EnumSet.of(Caller.PATIENT_A, Caller.PATIENT_B);
  private static final Set<Caller> ANYONE = EnumSet.allOf(Caller.class);

  /**
   * One request of the matrix and who may send it. {@code ownerOnly} marks a request about patient
   * A's conversation, which patient B may not make either.
   */
  record Cell(
      String method,
      String path,
      String jsonBody,
      Set<Caller> allowed,
      int successStatus,
      boolean ownerOnly) {

    boolean isApi() {
      return path.startsWith("api/");
    }

    static Cell page(String path, Set<Caller> allowed) {
      return new Cell("GET", path, null, allowed, 200, false);
    }

    static Cell staffPost(String path, Set<Caller> allowed) {
      return new Cell("POST", path, null, allowed, 200, false);
    }

    static Cell api(String method, String path, String body, Set<Caller> allowed, int success) {
      return new Cell(method, path, body, allowed, success, false);
    }

    static Cell ownConversation(String method, String path, String body, int success) {
      return new Cell(method, path, body, EnumSet.of(Caller.PATIENT_A), success, true);
    }
  }

  private static final List<Cell> MATRIX =
      List.of(
          Cell.page("admin/index.xhtml", STAFF),
          Cell.page("admin/inbox/index.xhtml", CONVERSATION_READERS),
          Cell.page("admin/inbox/", CONVERSATION_READERS),
          // The Faces WebSocket endpoint of the inbox: past the role check, a request that is no
          // WebSocket upgrade finds nothing to serve.
          new Cell("GET", "jakarta.faces.push/handoffs", null, CONVERSATION_READERS, 404, false),
          Cell.page("admin/conversations/index.xhtml", CONVERSATION_READERS),
          Cell.page(
              "admin/conversations/transcript.xhtml?id=" + CONVERSATION, CONVERSATION_READERS),
          Cell.page("admin/audit/index.xhtml", AUDIT_READERS),
          Cell.page("admin/audit/export?format=jsonl&resource=" + CONVERSATION, AUDIT_READERS),
          Cell.page("admin/audit/chain-verification", AUDIT_READERS),
          Cell.page("admin/alerts/index.xhtml", AUDIT_READERS),
          Cell.staffPost("admin/alerts/evaluation", OVERSIGHT),
          Cell.page("admin/disclosures/index.xhtml", PRIVACY_ONLY),
          Cell.page("admin/access-requests/index.xhtml", PRIVACY_ONLY),
          Cell.page("admin/consent-notice/index.xhtml", PRIVACY_ONLY),
          Cell.page("admin/breaches/index.xhtml", PRIVACY_ONLY),
          Cell.page("admin/retention/index.xhtml", PRIVACY_ONLY),
          Cell.page("admin/breaches/response-team.xhtml", PRIVACY_ONLY),
          Cell.page("admin/policy/index.xhtml", PRIVACY_ONLY),
          Cell.page("admin/policy-acknowledgement.xhtml", STAFF),
          Cell.page("admin/break-glass/index.xhtml", WITHOUT_CONVERSATIONS),
          Cell.page("admin/break-glass/review/index.xhtml", PRIVACY_ONLY),
          Cell.page("admin/disclosures/report.csv?patient=" + UUID.randomUUID(), PRIVACY_ONLY),
          Cell.page("admin/access-review/index.xhtml", OVERSIGHT),
          Cell.page("admin/self-assessment/index.xhtml", OVERSIGHT),
          Cell.page("admin/staff/index.xhtml", ADMIN_ONLY),
          Cell.page("admin/keys/index.xhtml", ADMIN_ONLY),
          Cell.page("admin/keys/commands", ADMIN_ONLY),
          Cell.page("admin/faq/index.xhtml", ADMIN_ONLY),
          Cell.page("admin/schedule/index.xhtml", ADMIN_ONLY),
          Cell.page("admin/education/index.xhtml", ADMIN_ONLY),
          Cell.page("admin/calendar/index.xhtml", CALENDAR_READERS),
          Cell.page("admin/calendar/clinical.xhtml", CONVERSATION_READERS),
          Cell.page("admin/calendar/cancel.xhtml?reference=AAAAAAAA", CALENDAR_CHANGERS),
          Cell.page("admin/calendar/book.xhtml", CALENDAR_CHANGERS),
          Cell.api("POST", "api/conversations", null, PATIENTS, 201),
          Cell.ownConversation(
              "POST", "api/conversations/" + CONVERSATION + "/messages", HOURS_QUESTION, 201),
          Cell.ownConversation("GET", "api/conversations/" + CONVERSATION + "/messages", null, 200),
          Cell.ownConversation(
              "GET", "api/conversations/" + CONVERSATION + "/transcript", null, 200),
          // The owner passes the role and ownership checks and gets 409, because no handoff of
          // the conversation timed out.
          Cell.ownConversation(
              "POST",
              "api/conversations/" + CONVERSATION + "/callback-request",
              "{\"phone\":\"+1 415 555 0132\",\"preferredTime\":\"ANY\"}",
              409),
          Cell.ownConversation("GET", "api/conversations/" + CONVERSATION + "/events", null, 200),
          // After the send above, which stored the question and its answer.
          Cell.ownConversation(
              "POST",
              "api/conversations/" + CONVERSATION + "/acknowledgements",
              "{\"sequence\":1}",
              200),
          Cell.api("GET", "api/appointments/directory", null, PATIENTS, 200),
          Cell.api("POST", "api/consents/current/token", null, PATIENTS, 200),
          // A patient token passes the role check and then lacks a confirmed identity check: 403.
          Cell.api(
              "POST",
              "api/access-copies",
              "{\"identityCheck\":\"no-such-check\",\"format\":\"json\"}",
              PATIENTS,
              403),
          Cell.api("GET", "api/consent-notice", null, ANYONE, 200),
          Cell.api("POST", "api/consents", CONSENT_BODY, ANYONE, 201),
          Cell.api(
              "POST",
              "api/public-answers",
              "{\"question\":\"What are your hours?\"}",
              ANYONE,
              200));

  private static final Map<Caller, Account> ACCOUNTS =
      Map.of(
          Caller.ADMIN, StaffFixtures.ADMINISTRATOR,
          Caller.PRIVACY_OFFICER, StaffFixtures.PRIVACY_OFFICER,
          Caller.CLINICIAN, StaffFixtures.CLINICIAN,
          Caller.FRONT_DESK, StaffFixtures.FRONT_DESK,
          Caller.AUDITOR, StaffFixtures.AUDITOR);

  private static final Map<Caller, String> PATIENT_TOKENS = new EnumMap<>(Caller.class);
  private static String conversation;

  private final PatientClient patients = new PatientClient();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.clinicChat();
  }

  @BeforeAll
  static void prepareCallers() {
    try (Browser setup = Browser.start()) {
      for (Account account : ACCOUNTS.values()) {
        StaffFixtures.ensureAccount(setup, account);
      }
    }
    PatientClient patients = new PatientClient();
    PATIENT_TOKENS.put(Caller.PATIENT_A, patients.agree());
    PATIENT_TOKENS.put(Caller.PATIENT_B, patients.agree());
    conversation = patients.startConversation(PATIENT_TOKENS.get(Caller.PATIENT_A));
  }

  @Test
  void anonymousCaller() {
    checkRow(Caller.ANONYMOUS);
  }

  @Test
  void patientOwningConversation() {
    checkRow(Caller.PATIENT_A);
  }

  @Test
  void otherPatient() {
    checkRow(Caller.PATIENT_B);
  }

  @Test
  void administrator() {
    checkRow(Caller.ADMIN);
  }

  @Test
  void privacyOfficer() {
    checkRow(Caller.PRIVACY_OFFICER);
  }

  @Test
  void clinician() {
    checkRow(Caller.CLINICIAN);
  }

  @Test
  void frontDesk() {
    checkRow(Caller.FRONT_DESK);
  }

  @Test
  void auditor() {
    checkRow(Caller.AUDITOR);
  }

  @Test
  void revokingConsentNeedsPatientToken() {
    String token = new PatientClient().agree();

    assertEquals(401, sendAnonymous("DELETE", "api/consents/current", null).statusCode());
    assertEquals(401, staffSession(Caller.ADMIN).delete("api/consents/current").statusCode());
    assertEquals(204, sendWithToken(token, "DELETE", "api/consents/current", null).statusCode());
  }

  /** Requests every cell as the caller, with one assertion per cell. */
  private void checkRow(Caller caller) {
    assertAll(
        MATRIX.stream()
            .map(
                cell ->
                    (Executable)
                        () ->
                            assertEquals(
                                expected(cell, caller),
                                outcome(send(caller, cell)),
                                () -> caller + " " + cell.method() + " " + cell.path())));
  }

  private static String expected(Cell cell, Caller caller) {
    if (cell.allowed().contains(caller)) {
      return String.valueOf(cell.successStatus());
    }
    if (cell.isApi()) {
      return cell.ownerOnly() && caller.isPatient() ? "404" : "401";
    }
    return caller.isStaff() ? "403" : LOGIN_REDIRECT;
  }

  /** Returns the status, and for a redirect also the path it points to. */
  private static String outcome(HttpResponse<?> response) {
    if (response.statusCode() == 302) {
      return "302 " + StaffSession.redirectPath(response);
    }
    return String.valueOf(response.statusCode());
  }

  private HttpResponse<?> send(Caller caller, Cell cell) {
    String path = cell.path().replace(CONVERSATION, conversation);
    if (path.endsWith("/events") && !caller.isStaff()) {
      // A stream that opens stays open for minutes: read its status, then drop it.
      try (EventStream stream = patients.events(PATIENT_TOKENS.get(caller), conversation, null)) {
        return stream.response();
      }
    }
    String body =
        cell.jsonBody() == null
            ? null
            : cell.jsonBody().replace(NOTICE_VERSION, patients.currentNoticeVersion());
    if (caller.isStaff()) {
      return staffSession(caller).send(cell.method(), path, body);
    }
    if (caller.isPatient()) {
      return sendWithToken(PATIENT_TOKENS.get(caller), cell.method(), path, body);
    }
    return sendAnonymous(cell.method(), path, body);
  }

  private static StaffSession staffSession(Caller caller) {
    Account account = ACCOUNTS.get(caller);
    return StaffSession.signedIn(account.username(), account.password());
  }

  private HttpResponse<String> sendAnonymous(String method, String path, String jsonBody) {
    return sendWithToken(null, method, path, jsonBody);
  }

  private HttpResponse<String> sendWithToken(
      String token, String method, String path, String jsonBody) {
    return patients.request(method, path, token, jsonBody);
  }
}

package org.clinicchat.breach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicchat.testing.Browser;
import org.clinicchat.testing.Deployments;
import org.clinicchat.testing.Markers;
import org.clinicchat.testing.PatientClient;
import org.clinicchat.testing.PatientClient.Visitor;
import org.clinicchat.testing.StaffFixtures;
import org.clinicchat.testing.StaffFixtures.Account;
import org.clinicchat.testing.StaffSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The privacy officer records an incident on the register pages, assesses it, finds the patients of
 * a real chat in the audit trail and downloads the notice letters. A clinician gets 403. The forms
 * are posted over HTTP as a browser posts them.
 */
@ExtendWith(ArquillianExtension.class)
class BreachRegisterIT {

  private static final Account PRIVACY_OFFICER = StaffFixtures.PRIVACY_OFFICER;
  private static final String REGISTER = "admin/breaches/index.xhtml";
  private static final String INCIDENT = "admin/breaches/incident.xhtml";
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern INCIDENT_ID = Pattern.compile("[?&]id=([0-9a-f-]{36})");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.clinicChatWithClinicContact();
  }

  /**
   * Creates the missing accounts in one administrator sign-in, because each sign-in of the same
   * account can wait up to 30 seconds for a new TOTP code.
   */
  @BeforeAll
  static void createStaffAccounts() {
    try (Browser setup = Browser.start()) {
      StaffFixtures.ensureAdministrator(setup);
      StaffFixtures.signIn(setup, StaffFixtures.ADMINISTRATOR);
      for (Account account : List.of(PRIVACY_OFFICER, StaffFixtures.CLINICIAN)) {
        setup.open("admin/staff/index.xhtml");
        if (!StaffFixtures.listedUsernames(setup.driver()).contains(account.username())) {
          String message = StaffFixtures.createAccount(setup, account);
          assertTrue(
              StaffFixtures.listedUsernames(setup.driver()).contains(account.username()), message);
        }
      }
      StaffFixtures.signOut(setup);
    }
  }

  @Test
  void clinicianCannotOpenRegister() {
    assertEquals(403, clinician().get(REGISTER).statusCode());
  }

  @Test
  void clinicianCannotDownloadLetter() {
    assertEquals(403, clinician().get("admin/breaches/letter.txt?id=x&lang=en").statusCode());
  }

  @Test
  void recordedIncidentShowsDeadline() {
    String id = recordIncident(false);

    String page = privacyOfficer().get(INCIDENT + "?id=" + id).body();

    assertTrue(page.contains("Suspected"), page);
    assertTrue(page.contains(today().plusDays(60).toString()), "due 60 days after discovery");
    assertTrue(page.contains("60 days remaining"), page);
  }

  @Test
  void registerListsIncident() {
    String id = recordIncident(false);

    String register = privacyOfficer().get(REGISTER).body();

    assertTrue(register.contains("incident.xhtml?id=" + id), register);
  }

  @Test
  void overdueIncidentHighlighted() {
    String id = recordIncident(false, today().minusDays(61));

    String page = privacyOfficer().get(INCIDENT + "?id=" + id).body();

    assertTrue(page.contains("-1 days remaining: OVERDUE"), page);
  }

  @Test
  void drillListedApart() {
    String id = recordIncident(true);

    String register = privacyOfficer().get(REGISTER).body();
    int drills = register.indexOf("<h2>Drills</h2>");

    assertTrue(drills > 0, "the register has a drill list");
    assertTrue(register.indexOf("incident.xhtml?id=" + id) > drills, "listed under Drills");
  }

  @Test
  void assessmentRecordsDecider() {
    String id = recordIncident(false);

    String page = assessAsBreach(id).body();

    assertTrue(page.contains("Breach: notify, decided by " + PRIVACY_OFFICER.username()), page);
  }

  @Test
  void affectedPatientsFoundFromChat() {
    Instant from = Instant.now().minusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
    PatientClient patient = new PatientClient();
    Visitor visitor = patient.consent();
    String conversation = patient.startConversation(visitor.token());
    patient.send(visitor.token(), conversation, "What are your hours?");
    Instant to = Instant.now().plusSeconds(1);
    String id = recordIncident(false);

    Map<String, String> form = new LinkedHashMap<>();
    form.put("window:from", from.toString());
    form.put("window:to", to.toString());
    form.put("window:attach", "Find and attach");
    String page = postIncidentForm(id, "window", form).body();

    assertTrue(page.contains("<td>" + conversation + "</td>"), "the conversation is found");
    assertTrue(page.contains("<td>" + visitor.pseudonym() + "</td>"), "with its pseudonym");
    assertTrue(
        privacyOfficer().get(INCIDENT + "?id=" + id).body().contains(visitor.pseudonym()),
        "the pseudonym is attached");
  }

  @Test
  void conversationsReachableByClinician() {
    PatientClient patient = new PatientClient();
    String conversation = patient.startConversation(patient.agree());
    String id = recordIncident(false);

    String page = findReachable(id, StaffFixtures.CLINICIAN.username()).body();

    assertTrue(page.contains("<td>" + conversation + "</td>"), "a clinician could open it");
  }

  @Test
  void privacyOfficerReachesNoConversation() {
    String id = recordIncident(false);

    String page = findReachable(id, PRIVACY_OFFICER.username()).body();

    assertTrue(page.contains("<span id=\"found-count\">0</span>"), page);
  }

  @Test
  void letterInEnglishAndSpanish() {
    String id = recordIncident(false);
    assertHasStatus(200, assessAsBreach(id));
    assertHasStatus(200, writeNotice(id));

    HttpResponse<String> english = privacyOfficer().get(letter(id, "en"));
    HttpResponse<String> spanish = privacyOfficer().get(letter(id, "es"));

    assertEquals(200, english.statusCode(), english::body);
    assertTrue(english.body().contains("Call us toll-free at 1-800-555-0199."), english::body);
    assertTrue(english.body().contains("What happened\nA laptop with chat exports was stolen."));
    assertEquals(200, spanish.statusCode(), spanish::body);
    assertTrue(spanish.body().contains("Llámenos gratis al 1-800-555-0199."), spanish::body);
  }

  @Test
  void letterRejectedBeforeAssessment() {
    String id = recordIncident(false);

    assertEquals(400, privacyOfficer().get(letter(id, "en")).statusCode());
  }

  @Test
  void drillTakesNoPatients() {
    String id = recordIncident(true);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("window:from", Instant.now().minusSeconds(60).toString());
    form.put("window:to", Instant.now().toString());
    form.put("window:attach", "Find and attach");

    String page = postIncidentForm(id, "window", form).body();

    assertTrue(page.contains("A drill names no real patients"), page);
  }

  @Test
  void actionsAudited() {
    String id = recordIncident(false);
    assessAsBreach(id);

    String trail = privacyOfficer().get("admin/audit/export?format=csv&resource=" + id).body();

    assertTrue(trail.contains(",BREACH_INCIDENT_RECORDED,BreachIncident," + id + ","), trail);
    assertTrue(trail.contains(",BREACH_RISK_ASSESSED,BreachIncident," + id + ","), trail);
  }

  /** Records an incident discovered today on the register page and returns its id. */
  private static String recordIncident(boolean drill) {
    return recordIncident(drill, today());
  }

  /** Records an incident on the register page and returns its id. */
  private static String recordIncident(boolean drill, LocalDate discoveredOn) {
    StaffSession officer = privacyOfficer();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("incident", "incident");
    form.put("incident:discovered", discoveredOn.toString());
    form.put("incident:breach-on", discoveredOn.minusDays(2).toString());
    form.put("incident:description", Markers.unique("Laptop stolen from the front office"));
    form.put("incident:systems", "Front-office laptop, chat export folder");
    if (drill) {
      form.put("incident:drill", "on");
    }
    form.put("incident:record", "Record incident");
    form.put("jakarta.faces.ViewState", viewState(officer.get(REGISTER).body()));

    HttpResponse<String> recorded = officer.post(REGISTER, form);

    assertEquals(302, recorded.statusCode(), recorded::body);
    Matcher id = INCIDENT_ID.matcher(recorded.headers().firstValue("Location").orElse(""));
    assertTrue(id.find(), "redirected to the new incident");
    return id.group(1);
  }

  private static HttpResponse<String> assessAsBreach(String id) {
    Map<String, String> form = new LinkedHashMap<>();
    for (int factor = 0; factor < RiskFactor.values().length; factor++) {
      form.put("assessment:factors:" + factor + ":rating", "HIGH");
      form.put("assessment:factors:" + factor + ":note", "Unencrypted chat exports on the disk.");
    }
    form.put("assessment:outcome", "BREACH");
    form.put("assessment:assess", "Save assessment");
    return postIncidentForm(id, "assessment", form);
  }

  private static HttpResponse<String> findReachable(String id, String staffUser) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("reach:staff", staffUser);
    form.put("reach:until", Instant.now().plusSeconds(1).toString());
    form.put("reach:find", "Find");
    return postIncidentForm(id, "reach", form);
  }

  private static HttpResponse<String> writeNotice(String id) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("notice:what-happened", "A laptop with chat exports was stolen.");
    form.put("notice:phi-kinds", "CHAT_MESSAGES");
    form.put("notice:steps", "Watch for messages that claim to come from the clinic.");
    form.put("notice:response", "We reported the theft and now encrypt every laptop.");
    form.put("notice:save", "Save notice text");
    return postIncidentForm(id, "notice", form);
  }

  /** Posts one form of the incident page, with the incident id and the page's view state. */
  private static HttpResponse<String> postIncidentForm(
      String id, String formId, Map<String, String> fields) {
    StaffSession officer = privacyOfficer();
    Map<String, String> form = new LinkedHashMap<>();
    form.put(formId, formId);
    form.put("id", id);
    form.putAll(fields);
    form.put("jakarta.faces.ViewState", viewState(officer.get(INCIDENT + "?id=" + id).body()));
    return officer.post(INCIDENT, form);
  }

  private static String letter(String id, String language) {
    return "admin/breaches/letter.txt?id=" + id + "&lang=" + language;
  }

  private static void assertHasStatus(int status, HttpResponse<String> response) {
    assertEquals(status, response.statusCode(), response::body);
  }

  private static String viewState(String page) {
    Matcher matcher = VIEW_STATE.matcher(page);
    assertTrue(matcher.find(), "the page has a form");
    return matcher.group(1);
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneId.of("America/New_York"));
  }

  private static StaffSession privacyOfficer() {
    return StaffSession.signedIn(PRIVACY_OFFICER.username(), PRIVACY_OFFICER.password());
  }

  private static StaffSession clinician() {
    return StaffSession.signedIn(
        StaffFixtures.CLINICIAN.username(), StaffFixtures.CLINICIAN.password());
  }
}

package org.clinicchat.breach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicchat.testing.Browser;
import org.clinicchat.testing.Deployments;
import org.clinicchat.testing.Markers;
import org.clinicchat.testing.StaffFixtures;
import org.clinicchat.testing.StaffSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The privacy officer keeps the incident response team on its page: members added and removed,
 * invalid contacts rejected, the changes audited, and the self-assessment passing once the required
 * roles are filled.
 */
@ExtendWith(ArquillianExtension.class)
class ResponseTeamIT {

  private static final String PAGE = "admin/breaches/response-team.xhtml";
  private static final Pattern ROW = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.clinicChat();
  }

  @BeforeAll
  static void createStaffAccounts() {
    try (Browser setup = Browser.start()) {
      StaffFixtures.ensureAccounts(setup, StaffFixtures.PRIVACY_OFFICER, StaffFixtures.AUDITOR);
    }
  }

  @Test
  void addedMemberListed() {
    String name = Markers.unique("Dana Lead");

    add("INCIDENT_LEAD", name, "+1 555 010 2000", "lead@clinic.example");

    assertTrue(privacyOfficer().get(PAGE).body().contains(name));
  }

  @Test
  void invalidEmailRejected() {
    HttpResponse<String> page = add("SECURITY_OFFICER", "Sam Secure", "555 010 3000", "sam at");

    assertTrue(page.body().contains("Email: 'sam at' is invalid"), page.body());
  }

  @Test
  void missingPhoneRejected() {
    HttpResponse<String> page = add("SECURITY_OFFICER", "Sam Secure", " ", "sam@clinic.example");

    assertTrue(page.body().contains("Phone: enter 1 to 120 characters."), page.body());
  }

  @Test
  void removedMemberNotListed() {
    String name = Markers.unique("Robin Counsel");
    add("LEGAL_COUNSEL", name, "555 010 4000", "counsel@clinic.example");

    remove(name);

    assertFalse(privacyOfficer().get(PAGE).body().contains(name));
  }

  @Test
  void requiredRolesFilledPassesSelfAssessment() {
    add("INCIDENT_LEAD", "Lee Lead", "555 010 5000", "lee@clinic.example");
    add("PRIVACY_OFFICER", "Pat Privacy", "555 010 5001", "pat@clinic.example");
    add("SECURITY_OFFICER", "Sky Security", "555 010 5002", "sky@clinic.example");

    String assessment = privacyOfficer().get("admin/self-assessment/index.xhtml").body();

    assertTrue(assessment.matches("(?s).*data-check=\"response-team\"[^>]*>pass<.*"), assessment);
  }

  @Test
  void changesAudited() {
    add("COMMUNICATIONS", "Cam Comms", "555 010 6000", "cam@clinic.example");

    String events =
        StaffSession.signedIn(StaffFixtures.AUDITOR.username(), StaffFixtures.AUDITOR.password())
            .get("admin/audit/export?format=csv")
            .body();
    assertTrue(events.contains(",BREACH_RESPONSE_TEAM_CHANGED,ResponseContact,"), "audited");
  }

  private static HttpResponse<String> add(String role, String name, String phone, String email) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("member:role", role);
    form.put("member:name", name);
    form.put("member:phone", phone);
    form.put("member:email", email);
    form.put("member:add", "Add to the team");
    return privacyOfficer().submit(PAGE, "member", form);
  }

  private static void remove(String name) {
    int row = rowOf(privacyOfficer().get(PAGE).body(), name);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("team:members:" + row + ":remove", "Remove");
    HttpResponse<String> page = privacyOfficer().submit(PAGE, "team", form);
    assertEquals(200, page.statusCode(), "the removal was posted");
  }

  /** Returns the index of the member table's body row that names the member. */
  private static int rowOf(String page, String name) {
    Matcher rows = ROW.matcher(page);
    List<String> bodyRows = rows.results().map(row -> row.group(1)).skip(1).toList();
    for (int i = 0; i < bodyRows.size(); i++) {
      if (bodyRows.get(i).contains(name)) {
        return i;
      }
    }
    throw new IllegalStateException("No row names " + name + ": " + page);
  }

  private static StaffSession privacyOfficer() {
    return StaffSession.signedIn(
        StaffFixtures.PRIVACY_OFFICER.username(), StaffFixtures.PRIVACY_OFFICER.password());
  }
}

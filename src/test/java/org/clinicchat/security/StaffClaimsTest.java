package org.clinicchat.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffClaimsTest {

  private static final String ISSUER = "https://idp.hospital.test";
  private static final Set<String> AMR = Set.of("mfa", "otp", "hwk");
  private static final Map<String, String> MAPPING =
      Map.of("ward-clinicians", Roles.CLINICIAN, "it-administrators", Roles.ADMIN);

  @Test
  void amrMfaAccepted() {
    assertTrue(claims(List.of(), List.of("pwd", "mfa"), "").showsMfa(AMR, Set.of()));
  }

  @Test
  void passwordOnlyRejected() {
    assertFalse(claims(List.of(), List.of("pwd"), "").showsMfa(AMR, Set.of()));
  }

  @Test
  void noAmrRejected() {
    assertFalse(claims(List.of(), List.of(), "").showsMfa(AMR, Set.of()));
  }

  @Test
  void acceptedAcrAccepted() {
    StaffClaims claims = claims(List.of(), List.of("pwd"), "urn:hospital:loa:mfa");

    assertTrue(claims.showsMfa(AMR, Set.of("urn:hospital:loa:mfa")));
  }

  @Test
  void emptyAcrNeverAccepted() {
    assertFalse(claims(List.of(), List.of(), "").showsMfa(Set.of(), Set.of("urn:loa:2")));
  }

  @Test
  void amrMatchIsExact() {
    assertFalse(claims(List.of(), List.of("MFA", " mfa"), "").showsMfa(AMR, Set.of()));
  }

  @Test
  void rolesMapped() {
    StaffClaims claims = claims(List.of("ward-clinicians", "it-administrators"), List.of(), "");

    assertEquals(Set.of(Roles.CLINICIAN, Roles.ADMIN), claims.roles(MAPPING));
  }

  @Test
  void unknownRoleValueGrantsNothing() {
    assertEquals(Set.of(), claims(List.of("superuser", "ADMIN"), List.of(), "").roles(MAPPING));
  }

  @Test
  void unknownRoleValueReported() {
    StaffClaims claims = claims(List.of("ward-clinicians", "ADMIN"), List.of(), "");

    assertTrue(claims.hasUnmappedRoleValues(MAPPING));
  }

  @Test
  void mappedRoleValuesNotReported() {
    assertFalse(claims(List.of("ward-clinicians"), List.of(), "").hasUnmappedRoleValues(MAPPING));
  }

  @Test
  void readsStringAndArrayClaims() {
    StaffClaims claims =
        StaffClaims.of(
            Map.of(
                "iss", ISSUER, "sub", "s-1", "roles", "ward-clinicians", "amr", List.of("otp", 7)),
            "roles");

    assertEquals(List.of("ward-clinicians"), claims.roleValues());
    assertEquals(List.of("otp"), claims.amr());
  }

  @Test
  void missingSubjectRejected() {
    Map<String, Object> noSubject = Map.of("iss", ISSUER);

    assertThrows(IllegalArgumentException.class, () -> StaffClaims.of(noSubject, "groups"));
  }

  @Test
  void staffIdStable() {
    assertEquals(
        claims(List.of("a"), List.of(), "").staffId(),
        claims(List.of(), List.of("mfa"), "").staffId());
  }

  @Test
  void staffIdDiffersByIssuer() {
    StaffClaims other = new StaffClaims("https://other.test", "s-1", List.of(), List.of(), "");

    assertNotEquals(claims(List.of(), List.of(), "").staffId(), other.staffId());
  }

  @Test
  void staffIdSeparatesIssuerFromSubject() {
    StaffClaims joined = new StaffClaims("https://a.test/x", "y", List.of(), List.of(), "");
    StaffClaims split = new StaffClaims("https://a.test/", "xy", List.of(), List.of(), "");

    assertNotEquals(joined.staffId(), split.staffId());
  }

  @Test
  void staffIdFitsAuditActor() {
    String longSubject = "s".repeat(500);
    String id = new StaffClaims(ISSUER, longSubject, List.of(), List.of(), "").staffId();

    assertEquals(StaffClaims.SSO_PREFIX.length() + 32, id.length());
  }

  @Test
  void roleMappingParsed() {
    assertEquals(
        Map.of("ward=clinicians", Roles.CLINICIAN, "it", Roles.ADMIN),
        HospitalSignOnSettings.parseRoleMapping(" ward=clinicians=CLINICIAN , it=ADMIN,"));
  }

  @Test
  void roleMappingToPatientRejected() {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> HospitalSignOnSettings.parseRoleMapping("visitors=PATIENT"));

    assertTrue(error.getMessage().contains("\"visitors=PATIENT\""), error.getMessage());
  }

  @Test
  void roleMappingWithoutRoleRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> HospitalSignOnSettings.parseRoleMapping("ward-clinicians"));
  }

  private static StaffClaims claims(List<String> roleValues, List<String> amr, String acr) {
    return new StaffClaims(ISSUER, "s-1", roleValues, amr, acr);
  }
}

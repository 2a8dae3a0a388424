package org.clinicchat.staff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules a new staff account is checked against, and the messages that explain a rejection. */
class NewStaffAccountTest {

  private static final String USERNAME_RULE =
      "User name must be 3 to 64 letters, digits, dots, hyphens or underscores.";
  private static final String ROLES_RULE =
      "Choose one or more of the roles [ADMIN, PRIVACY_OFFICER, CLINICIAN, FRONT_DESK, AUDITOR].";
  private static final char[] PASSWORD = "twelve chars".toCharArray();

  @ParameterizedTest
  @ValueSource(
      strings = {"", "ab", "dr smith", "o'brien", "\"admin\"", "admin\n", "admin;--", "dr.müller"})
  void badUsername(String username) {
    assertEquals(USERNAME_RULE, rejection(username, PASSWORD, Set.of("CLINICIAN")));
  }

  @Test
  void longUsername() {
    assertEquals(USERNAME_RULE, rejection("a".repeat(65), PASSWORD, Set.of("CLINICIAN")));
  }

  @Test
  void nullUsername() {
    assertEquals(USERNAME_RULE, rejection(null, PASSWORD, Set.of("CLINICIAN")));
  }

  @Test
  void shortPassword() {
    assertEquals(
        "Password must be at least 12 characters.",
        rejection("dr.smith", "eleven char".toCharArray(), Set.of("CLINICIAN")));
  }

  @Test
  void nullPassword() {
    assertEquals(
        "Password must be at least 12 characters.",
        rejection("dr.smith", null, Set.of("CLINICIAN")));
  }

  @Test
  void longPassword() {
    assertEquals(
        "Password must be at most 128 characters.",
        rejection("dr.smith", "p".repeat(129).toCharArray(), Set.of("CLINICIAN")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"PATIENT", "SUPERUSER", "admin"})
  void unknownRole(String role) {
    assertEquals(ROLES_RULE, rejection("dr.smith", PASSWORD, Set.of("CLINICIAN", role)));
  }

  @Test
  void emptyRoles() {
    assertEquals(ROLES_RULE, rejection("dr.smith", PASSWORD, Set.of()));
  }

  @Test
  void nullRoles() {
    assertEquals(ROLES_RULE, rejection("dr.smith", PASSWORD, null));
  }

  @Test
  void valid() {
    NewStaffAccount account =
        new NewStaffAccount("dr.smith_2-b", PASSWORD.clone(), Set.of("CLINICIAN", "AUDITOR"));

    assertEquals("dr.smith_2-b", account.username());
    assertArrayEquals(PASSWORD, account.password());
    assertEquals(Set.of("CLINICIAN", "AUDITOR"), account.roles());
  }

  @Test
  void commonPassword() {
    assertEquals(
        "This password is in lists of common and breached passwords, which attackers try first."
            + " Choose a phrase of several unrelated words.",
        rejection("dr.smith", "qwerty123456".toCharArray(), Set.of("CLINICIAN")));
  }

  @Test
  void validAtLimits() {
    NewStaffAccount shortest = new NewStaffAccount("abc", PASSWORD.clone(), Set.of("ADMIN"));
    NewStaffAccount longest =
        new NewStaffAccount(
            "a".repeat(64), "long passphrase ".repeat(8).toCharArray(), Set.of("ADMIN"));

    assertEquals("abc", shortest.username());
    assertEquals(64, longest.username().length());
  }

  @Test
  void rolesCopied() {
    Set<String> roles = new HashSet<>(Set.of("CLINICIAN"));
    NewStaffAccount account = new NewStaffAccount("dr.smith", PASSWORD.clone(), roles);

    roles.add("ADMIN");

    assertEquals(Set.of("CLINICIAN"), account.roles());
  }

  private static String rejection(String username, char[] password, Set<String> roles) {
    return assertThrows(
            InvalidStaffAccountException.class,
            () -> new NewStaffAccount(username, password, roles))
        .getMessage();
  }
}

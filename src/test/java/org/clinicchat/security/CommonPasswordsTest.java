package org.clinicchat.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The NIST SP 800-63B blocklist check of new staff passwords. */
class CommonPasswordsTest {

  private static final String LISTED =
      "This password is in lists of common and breached passwords, which attackers try first."
          + " Choose a phrase of several unrelated words.";

  @ParameterizedTest
  @ValueSource(strings = {"qwerty123456", "1qaz2wsx3edc", "QAZWSXEDCRFV", "leavemealone"})
  void listedPasswordRejected(String password) {
    assertEquals(LISTED, CommonPasswords.rejectionReason(password.toCharArray(), "dr.smith"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"password1234", "Password123!", "football2024!!", "iloveyou 1234"})
  void listedPasswordWithSuffixRejected(String password) {
    assertEquals(LISTED, CommonPasswords.rejectionReason(password.toCharArray(), "dr.smith"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"aaaaaaaaaaaa", "abcabcabcabc", "121212121212"})
  void repeatedPatternRejected(String password) {
    assertEquals(
        "This password repeats a short pattern. Choose a phrase of several unrelated words.",
        CommonPasswords.rejectionReason(password.toCharArray(), "dr.smith"));
  }

  @Test
  void userNameInPasswordRejected() {
    assertEquals(
        "This password contains the user name. Choose one that does not.",
        CommonPasswords.rejectionReason("my name is dr.smith".toCharArray(), "dr.smith"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "correct horse battery staple 42",
        "clinician reads transcripts 42",
        "Tr0ub4dor&3x"
      })
  void uncommonPasswordPasses(String password) {
    assertNull(CommonPasswords.rejectionReason(password.toCharArray(), "dr.smith"));
  }
}

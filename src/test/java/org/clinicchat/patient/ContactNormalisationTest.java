package org.clinicchat.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The normal forms that blind indexes and identity checks are computed from. */
class ContactNormalisationTest {

  @Test
  void phoneFormatsGiveOneE164() {
    for (String typed :
        new String[] {
          "(415) 555-0132",
          "415.555.0132",
          "415 555 0132",
          "+1 415 555 0132",
          "0014155550132",
          "1-415-555-0132",
          " +1 (415) 555-0132 "
        }) {
      assertEquals("+14155550132", PhoneNumber.parse(typed, "1").e164(), typed);
    }
  }

  @Test
  void nationalNumberGetsDefaultCountryCode() {
    assertEquals("+442079460958", PhoneNumber.parse("020 7946 0958", "44").e164());
  }

  @Test
  void malformedPhonesRejected() {
    for (String typed :
        new String[] {
          "", "call me", "415-555-013x", "12345", "+1234567890123456", "++14155550132"
        }) {
      assertThrows(
          InvalidPatientIdentityException.class, () -> PhoneNumber.parse(typed, "1"), typed);
    }
  }

  @Test
  void phoneErrorOmitsValue() {
    InvalidPatientIdentityException thrown =
        assertThrows(
            InvalidPatientIdentityException.class, () -> PhoneNumber.parse("555-SECRET", "1"));

    assertFalse(thrown.getMessage().contains("SECRET"), thrown.getMessage());
  }

  @Test
  void emailIsTrimmedAndLowerCase() {
    assertEquals(
        "ana.lopez@example.org", EmailAddress.parse("  Ana.Lopez@EXAMPLE.org ").normalised());
  }

  @Test
  void malformedEmailsRejected() {
    for (String typed :
        new String[] {
          "", "ana", "ana@", "@example.org", "ana@example", "a b@example.org", "a@b@c.d"
        }) {
      assertThrows(InvalidPatientIdentityException.class, () -> EmailAddress.parse(typed), typed);
    }
  }

  @Test
  void namesMatchIgnoringCaseAndSpacing() {
    assertTrue(PersonName.parse("  ana   LÓPEZ ").matches(PersonName.parse("Ana López")));
  }

  @Test
  void differentNamesDoNotMatch() {
    assertFalse(PersonName.parse("Ana Lopez").matches(PersonName.parse("Ana López")));
  }

  @Test
  void futureBirthDateRejected() {
    InvalidPatientIdentityException thrown =
        assertThrows(
            InvalidPatientIdentityException.class,
            () ->
                new NewPatientIdentity(
                    PersonName.parse("Ana Lopez"),
                    LocalDate.now().plusDays(1),
                    EmailAddress.parse("ana@example.org"),
                    null));

    assertEquals("The date of birth is in the future.", thrown.getMessage());
  }

  @Test
  void identityWithoutContactRejected() {
    assertThrows(
        InvalidPatientIdentityException.class,
        () ->
            new NewPatientIdentity(
                PersonName.parse("Ana Lopez"), LocalDate.of(1961, 7, 23), null, null));
  }
}

package org.clinicchat.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Masking of social security numbers and Luhn-valid card numbers before storage. */
class SensitiveNumbersTest {

  @ParameterizedTest
  @ValueSource(strings = {"123-45-6789", "123 45 6789", "123456789"})
  void socialSecurityNumberMasked(String ssn) {
    MaskedText masked = SensitiveNumbers.mask("my ssn is " + ssn + " thanks");

    assertEquals("my ssn is [social security number removed] thanks", masked.text());
    assertEquals(Set.of(SensitiveNumberKind.SOCIAL_SECURITY_NUMBER), masked.masked());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "4111111111111111",
        "4111 1111 1111 1111",
        "4111-1111-1111-1111",
        "378282246310005",
        "5555555555554444"
      })
  void luhnValidCardMasked(String card) {
    MaskedText masked = SensitiveNumbers.mask("card " + card + ".");

    assertEquals("card [card number removed].", masked.text());
    assertEquals(Set.of(SensitiveNumberKind.PAYMENT_CARD_NUMBER), masked.masked());
  }

  @Test
  void luhnInvalidNumberKept() {
    MaskedText masked = SensitiveNumbers.mask("order 4111111111111112");

    assertEquals("order 4111111111111112", masked.text());
    assertFalse(masked.changed());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "000-12-3456",
        "666-12-3456",
        "900-12-3456",
        "123-00-4567",
        "123-45-0000",
        "123-45 6789",
        "(555) 010-4477",
        "5550104477",
        "2026-12-01",
        "1234567890"
      })
  void numbersThatAreNoSocialSecurityNumberKept(String number) {
    MaskedText masked = SensitiveNumbers.mask("see " + number);

    assertEquals("see " + number, masked.text());
    assertFalse(masked.changed());
  }

  @Test
  void bothKindsMaskedAndNamedInNotice() {
    MaskedText masked = SensitiveNumbers.mask("ssn 219-09-9999 card 4111 1111 1111 1111");

    assertEquals("ssn [social security number removed] card [card number removed]", masked.text());
    assertTrue(masked.notice().contains("social security number and the payment card number"));
  }

  @Test
  void textWithoutNumbersHasNoNotice() {
    MaskedText masked = SensitiveNumbers.mask("What are your hours?");

    assertEquals("What are your hours?", masked.text());
    assertEquals("", masked.notice());
  }

  @Test
  void luhnCheck() {
    assertTrue(SensitiveNumbers.passesLuhn("79927398713"));
    assertFalse(SensitiveNumbers.passesLuhn("79927398710"));
  }
}

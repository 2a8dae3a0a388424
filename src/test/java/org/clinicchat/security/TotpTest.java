package org.clinicchat.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The server's TOTP codes against the SHA-1 vectors of RFC 6238 appendix B. Those have 8 digits,
 * and a 6-digit code is their last 6 digits, because both reduce the same number modulo 10^n.
 */
class TotpTest {

  private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  @ParameterizedTest
  @CsvSource({
    "59, 287082",
    "1111111109, 081804",
    "1111111111, 050471",
    "1234567890, 005924",
    "2000000000, 279037",
    "20000000000, 353130"
  })
  void rfc6238Vectors(long unixSeconds, String expected) {
    long step = Totp.timeStep(Instant.ofEpochSecond(unixSeconds));

    assertEquals(expected, Totp.code(RFC_SEED, step));
  }

  @Test
  void timeStepStartsAtEpoch() {
    assertEquals(1, Totp.timeStep(Instant.ofEpochSecond(30)));
  }

  @Test
  void base32RoundTrip() {
    byte[] secret = {0, 1, 2, (byte) 0xfe, (byte) 0xff, 42, 7, 99, 100, 101, 3};

    assertArrayEquals(secret, Base32.decode(Base32.encode(secret)));
  }

  @Test
  void base32EncodesRfcSeed() {
    assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", Base32.encode(RFC_SEED));
  }

  @Test
  void base32RejectsOtherCharacters() {
    assertThrows(IllegalArgumentException.class, () -> Base32.decode("ABC1"));
  }
}

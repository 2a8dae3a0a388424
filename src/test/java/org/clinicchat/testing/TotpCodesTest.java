package org.clinicchat.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tests' TOTP generator against the SHA-1 test vectors of RFC 6238 appendix B. */
class TotpCodesTest {

  private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  @ParameterizedTest
  @CsvSource({
    "59, 94287082",
    "1111111109, 07081804",
    "1111111111, 14050471",
    "1234567890, 89005924",
    "2000000000, 69279037",
    "20000000000, 65353130"
  })
  void rfc6238Vectors(long unixSeconds, String expected) {
    assertEquals(expected, TotpCodes.code(RFC_SEED, unixSeconds / TotpCodes.STEP_SECONDS, 8));
  }

  @ParameterizedTest
  @CsvSource({"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", "gezd gnbv gy3t qojq gezd gnbv gy3t qojq"})
  void base32DecodesRfcSeed(String encoded) {
    assertArrayEquals(RFC_SEED, TotpCodes.decodeBase32(encoded));
  }
}

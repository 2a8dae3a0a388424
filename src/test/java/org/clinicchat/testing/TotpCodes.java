package org.clinicchat.testing;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An RFC 6238 code generator for tests, written apart from the server's so that the tests do not
 * check the server's codes against themselves. HMAC-SHA-1 and 30-second steps, any number of
 * digits; {@code TotpCodesTest} checks it against the RFC's appendix B test vectors.
 */
public final class TotpCodes {

  /** Length of a time step in seconds. */
  public static final long STEP_SECONDS = 30;

  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  private TotpCodes() {}

  /** Returns the time step an instant falls in. */
  public static long timeStep(Instant instant) {
    return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
  }

  /** Returns the 6-digit code of a time step for a Base32 secret. */
  public static String code(String base32Secret, long timeStep) {
    return code(decodeBase32(base32Secret), timeStep, 6);
  }

  /** Returns the code of a time step with the given number of digits, zero-padded. */
  public static String code(byte[] secret, long timeStep, int digits) {
    byte[] hash;
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(secret, "HmacSHA1"));
      hash = mac.doFinal(ByteBuffer.allocate(8).putLong(timeStep).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-1 failed", e);
    }
    int offset = hash[hash.length - 1] & 0xf;
    long binary = ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffffL;
    long modulus = (long) Math.pow(10, digits);
    return String.format("%0" + digits + "d", binary % modulus);
  }

  /** Decodes RFC 4648 Base32, ignoring spaces, padding and case. */
  public static byte[] decodeBase32(String text) {
    String clean = text.replaceAll("[\\s=]", "").toUpperCase(Locale.ROOT);
    byte[] out = new byte[clean.length() * 5 / 8];
    long buffer = 0;
    int bits = 0;
    int next = 0;
    for (char c : clean.toCharArray()) {
      int value = BASE32.indexOf(c);
      if (value < 0) {
        throw new IllegalArgumentException("Invalid Base32 character '" + c + "'");
      }
      buffer = (buffer << 5) | value;
      bits += 5;
      if (bits >= 8) {
        bits -= 8;
        out[next++] = (byte) (buffer >> bits);
      }
    }
    return out;
  }
}

package org.clinicchat.security;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as RFC 6238 defines them, with the parameters that authenticator
 * apps assume: HMAC-SHA-1, {@value #DIGITS} digits, a time step of {@value #STEP_SECONDS} seconds
 * counted from the Unix epoch.
 */
public final class Totp {

  /** Digits in a code. */
  public static final int DIGITS = 6;

  /** Length of a time step in seconds. */
  public static final int STEP_SECONDS = 30;

  private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

  private Totp() {}

  /** Returns the time step that an instant falls in. */
  public static long timeStep(Instant instant) {
    return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
  }

  /** Returns the {@value #DIGITS}-digit code of a time step, zero-padded. */
  public static String code(byte[] secret, long timeStep) {
    return String.format("%0" + DIGITS + "d", truncate(hmacSha1(secret, timeStep), DIGITS));
  }

  /** Applies the dynamic truncation of RFC 4226 section 5.3, for up to 6 digits. */
  static int truncate(byte[] hmac, int digits) {
    int offset = hmac[hmac.length - 1] & 0x0f;
    int binary =
        ((hmac[offset] & 0x7f) << 24)
            | ((hmac[offset + 1] & 0xff) << 16)
            | ((hmac[offset + 2] & 0xff) << 8)
            | (hmac[offset + 3] & 0xff);
    return binary % POWERS_OF_TEN[digits];
  }

  static byte[] hmacSha1(byte[] secret, long timeStep) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(secret, "HmacSHA1"));
      return mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(timeStep).array());
    } catch (InvalidKeyException e) {
      throw new IllegalArgumentException("A TOTP secret must not be empty", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is missing from this JDK", e);
    }
  }
}

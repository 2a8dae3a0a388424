package org.clinicchat.security;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * Base32 without padding (RFC 4648 section 6), the encoding of the secret in an {@code otpauth://}
 * URI and in the text that staff type into an authenticator app.
 */
public final class Base32 {

  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final int BITS_PER_CHARACTER = 5;

  private Base32() {}

  /** Encodes bytes as upper-case Base32 without padding. */
  public static String encode(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << Byte.SIZE) | (b & 0xff);
      bits += Byte.SIZE;
      while (bits >= BITS_PER_CHARACTER) {
        bits -= BITS_PER_CHARACTER;
        out.append(ALPHABET.charAt((buffer >> bits) & 0x1f));
      }
    }
    if (bits > 0) {
      out.append(ALPHABET.charAt((buffer << (BITS_PER_CHARACTER - bits)) & 0x1f));
    }
    return out.toString();
  }

  /**
   * Decodes Base32 text, ignoring case, spaces and padding.
   *
   * @throws IllegalArgumentException if the text contains another character
   */
  public static byte[] decode(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int buffer = 0;
    int bits = 0;
    for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
      if (c == ' ' || c == '=') {
        continue;
      }
      int value = ALPHABET.indexOf(c);
      if (value < 0) {
        throw new IllegalArgumentException("Invalid Base32 character '" + c + "'");
      }
      buffer = (buffer << BITS_PER_CHARACTER) | value;
      bits += BITS_PER_CHARACTER;
      if (bits >= Byte.SIZE) {
        bits -= Byte.SIZE;
        out.write((buffer >> bits) & 0xff);
      }
    }
    return out.toByteArray();
  }
}

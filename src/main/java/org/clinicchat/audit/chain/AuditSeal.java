package org.clinicchat.audit.chain;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

/**
 * Computes the hash and the HMAC that seal an audit event into the chain.
 *
 * <p>The canonical form that both cover is a version tag followed by every recorded field and the
 * previous event's hash, each written as a 4-byte length and its UTF-8 bytes (length -1 for null),
 * so no two different events share a form. Not thread-safe: use one instance per thread.
 */
public final class AuditSeal {

  /** The previous hash of the first event of a chain. */
  public static final String GENESIS_HASH = "0".repeat(64);

  /** The algorithm of the audit key. */
  public static final String MAC_ALGORITHM = "HmacSHA256";

  private static final String FORM_VERSION = "clinicchat-audit-event-v1";
  private static final HexFormat HEX = HexFormat.of();

  private final MessageDigest digest;
  private final Mac mac;

  /**
   * Creates a seal that computes hashes and, if {@code macKey} is not null, HMACs.
   *
   * @throws IllegalArgumentException if the key is not usable for HMAC-SHA256
   */
  public AuditSeal(SecretKey macKey) {
    try {
      digest = MessageDigest.getInstance("SHA-256");
      mac = macKey == null ? null : Mac.getInstance(MAC_ALGORITHM);
      if (mac != null) {
        mac.init(macKey);
      }
    } catch (InvalidKeyException e) {
      throw new IllegalArgumentException("The audit key is not usable for " + MAC_ALGORITHM, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("This JVM lacks SHA-256 or " + MAC_ALGORITHM, e);
    }
  }

  /** Returns whether this seal can compute HMACs, that is, whether it has the audit key. */
  public boolean hasKey() {
    return mac != null;
  }

  /**
   * Returns the record sealed after the event whose hash is {@code previousHash}.
   *
   * @throws IllegalStateException if this seal has no key
   */
  public AuditRecord seal(AuditRecord unsealed, String previousHash) {
    AuditRecord linked = unsealed.withSeal(previousHash, null, null);
    byte[] form = canonicalForm(linked);
    return linked.withSeal(previousHash, hash(form), macOf(form));
  }

  /** Returns the hash that the record's canonical form has, whatever its stored hash is. */
  public String eventHash(AuditRecord record) {
    return hash(canonicalForm(record));
  }

  /**
   * Returns the HMAC that the record's canonical form has under the audit key.
   *
   * @throws IllegalStateException if this seal has no key
   */
  public String mac(AuditRecord record) {
    return macOf(canonicalForm(record));
  }

  private String hash(byte[] form) {
    return HEX.formatHex(digest.digest(form));
  }

  private String macOf(byte[] form) {
    if (mac == null) {
      throw new IllegalStateException("No audit key: this seal can check hashes only");
    }
    return HEX.formatHex(mac.doFinal(form));
  }

  static byte[] canonicalForm(AuditRecord record) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      write(out, FORM_VERSION);
      write(out, Long.toString(record.sequence()));
      write(out, record.occurredAt() == null ? null : record.occurredAt().toString());
      write(out, record.actor());
      write(out, record.actorRole());
      write(out, record.action());
      write(out, record.resourceType());
      write(out, record.resourceId());
      write(out, record.purpose());
      write(out, record.outcome());
      write(out, record.clientChannel());
      write(out, record.clientAddress());
      write(out, record.clientAgent());
      write(out, record.previousHash());
    } catch (IOException e) {
      throw new UncheckedIOException("Writing to memory failed", e);
    }
    return bytes.toByteArray();
  }

  private static void write(DataOutputStream out, String value) throws IOException {
    if (value == null) {
      out.writeInt(-1);
      return;
    }
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  /** Returns whether two hex strings are equal, in time independent of where they differ. */
  static boolean sameHex(String expected, String actual) {
    if (expected == null || actual == null) {
      return false;
    }
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII), actual.getBytes(StandardCharsets.US_ASCII));
  }
}

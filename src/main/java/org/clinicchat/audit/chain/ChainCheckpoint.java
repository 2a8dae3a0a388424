package org.clinicchat.audit.chain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A signed statement that the chain was verified intact up to its head at a time. Kept outside the
 * database, it lets a later verification detect a rewrite of the events up to that head or their
 * deletion, even by someone who also changed the head row. The signature is ECDSA or RSA with
 * SHA-256, by the type of the checkpoint key, over the version, head sequence, head hash and time.
 */
public record ChainCheckpoint(ChainAnchor head, Instant verifiedAt, String signature) {

  private static final String FORM_VERSION = "clinicchat-audit-checkpoint-v1";

  /**
   * Returns a checkpoint of the head signed with the checkpoint key.
   *
   * @throws AuditKeyException if the key cannot sign
   */
  public static ChainCheckpoint sign(ChainAnchor head, Instant verifiedAt, PrivateKey key) {
    try {
      Signature signer = Signature.getInstance(algorithm(key));
      signer.initSign(key);
      signer.update(signedForm(head, verifiedAt));
      return new ChainCheckpoint(
          head, verifiedAt, Base64.getEncoder().encodeToString(signer.sign()));
    } catch (GeneralSecurityException e) {
      throw new AuditKeyException("The checkpoint key cannot sign", e);
    }
  }

  /** Returns whether the signature is valid under the public checkpoint key. */
  public boolean isSignedBy(PublicKey key) {
    try {
      Signature verifier = Signature.getInstance(algorithm(key));
      verifier.initVerify(key);
      verifier.update(signedForm(head, verifiedAt));
      return verifier.verify(Base64.getDecoder().decode(signature));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  /** Returns the checkpoint as one line of JSON. */
  public String toJson() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("sequence", head.sequence());
    fields.put("eventHash", head.eventHash());
    fields.put("verifiedAt", verifiedAt.toString());
    fields.put("signature", signature);
    return FlatJson.write(fields);
  }

  /**
   * Reads a checkpoint from one line of JSON, without checking its signature.
   *
   * @throws IllegalArgumentException if the line is not a checkpoint
   */
  public static ChainCheckpoint fromJson(String line) {
    Map<String, Object> fields = FlatJson.read(line);
    if (!(fields.get("sequence") instanceof Long sequence)
        || !(fields.get("eventHash") instanceof String hash)
        || !(fields.get("verifiedAt") instanceof String time)
        || !(fields.get("signature") instanceof String signature)) {
      throw new IllegalArgumentException(
          "A checkpoint needs sequence, eventHash, verifiedAt and signature");
    }
    try {
      return new ChainCheckpoint(new ChainAnchor(sequence, hash), Instant.parse(time), signature);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("\"verifiedAt\" is not an ISO-8601 UTC time", e);
    }
  }

  private static byte[] signedForm(ChainAnchor head, Instant verifiedAt) {
    String form =
        FORM_VERSION + "\n" + head.sequence() + "\n" + head.eventHash() + "\n" + verifiedAt;
    return form.getBytes(StandardCharsets.UTF_8);
  }

  private static String algorithm(Key key) {
    return switch (key.getAlgorithm()) {
      case "EC" -> "SHA256withECDSA";
      case "RSA" -> "SHA256withRSA";
      default ->
          throw new AuditKeyException(
              "The checkpoint key must be EC or RSA, not " + key.getAlgorithm());
    };
  }
}

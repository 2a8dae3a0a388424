package org.clinicchat.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Properties;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Builds patient tokens by hand, the way the server's token issuer does (RS256 JWTs), so that tests
 * can present tokens the server did not issue: expired, wrongly signed, or with other claims.
 */
public final class TestTokens {

  private TestTokens() {}

  /**
   * Returns the claims of a valid patient token for a visitor and a consent, valid for 15 minutes
   * from now. Tests change one claim and leave the rest as the server would issue them.
   */
  public static JsonObjectBuilder patientClaims(String visitor, String consentId) {
    Instant now = Instant.now();
    return Json.createObjectBuilder()
        .add("iss", "clinicchat")
        .add("sub", visitor)
        .add("upn", visitor)
        .add("groups", Json.createArrayBuilder().add("PATIENT"))
        .add("consent", consentId)
        .add("purpose", "PATIENT_CHAT")
        .add("jti", UUID.randomUUID().toString())
        .add("iat", now.getEpochSecond())
        .add("exp", now.plusSeconds(15 * 60).getEpochSecond());
  }

  /** Returns a JWT of the claims signed with RS256 by the key. */
  public static String rs256(JsonObject claims, PrivateKey key) {
    String signingInput = signingInput(header("RS256"), claims);
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(key);
      signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput + "." + encode(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RS256 signing failed", e);
    }
  }

  /** Returns a JWT of the claims signed with HS256, an HMAC, under the given secret. */
  public static String hs256(JsonObject claims, byte[] secret) {
    String signingInput = signingInput(header("HS256"), claims);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return signingInput
          + "."
          + encode(mac.doFinal(signingInput.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HS256 signing failed", e);
    }
  }

  /** Returns an unsecured JWT ({@code "alg":"none"}) of the claims, with an empty signature. */
  public static String unsigned(JsonObject claims) {
    return signingInput(header("none"), claims) + ".";
  }

  /** Returns the token with its payload replaced by other claims and its signature kept. */
  public static String withPayload(String token, JsonObject claims) {
    String[] parts = token.split("\\.");
    return parts[0] + "." + encodeJson(claims) + "." + parts[2];
  }

  /** Decodes the claims of a JWT without checking its signature. */
  public static JsonObject claimsOf(String token) {
    String[] parts = token.split("\\.");
    String json = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  /**
   * Returns the key that the test instance signs patient tokens with, read from its development
   * keystore. In the test JVM the keystore's settings come from the settings file. Inside the
   * server they are system properties, because the server is started with that file.
   */
  public static PrivateKey serverSigningKey() {
    Properties settings =
        System.getProperty("clinicchat.it.data") != null
            ? TestServer.settings()
            : System.getProperties();
    Path keystore = Path.of(settings.getProperty("clinicchat.token.keystore"));
    char[] password = settings.getProperty("clinicchat.token.keystore-password").toCharArray();
    String alias = settings.getProperty("clinicchat.token.key-alias");
    try (InputStream in = Files.newInputStream(keystore)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      return (PrivateKey) store.getKey(alias, password);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("Cannot read the token-signing key from " + keystore, e);
    }
  }

  /** Returns the PEM text of the public key that the test instance verifies tokens with. */
  public static String serverPublicKeyPem() {
    Path pem = TestServer.dataFolder().resolve("keys").resolve("token-public.pem");
    try {
      return Files.readString(pem, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + pem, e);
    }
  }

  private static JsonObject header(String algorithm) {
    return Json.createObjectBuilder().add("alg", algorithm).add("typ", "JWT").build();
  }

  private static String signingInput(JsonObject header, JsonObject claims) {
    return encodeJson(header) + "." + encodeJson(claims);
  }

  private static String encodeJson(JsonObject json) {
    return encode(json.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String encode(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}

package org.clinicchat.consent;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.clinicchat.crypto.Pkcs12Keystores;
import org.clinicchat.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues short-lived patient tokens: MicroProfile JWTs signed with RS256, whose subject is the
 * visitor pseudonym, whose group is {@code PATIENT}, and whose {@code consent} claim names the
 * consent that allows processing. The signing key is read from a keystore named by configuration.
 */
@ApplicationScoped
public class PatientTokenIssuer {

  /** The issuer that tokens carry and that {@code mp.jwt.verify.issuer} must name. */
  public static final String ISSUER = "clinicchat";

  static final String PROPERTY_KEYSTORE = "clinicchat.token.keystore";

  @Inject
  @ConfigProperty(name = PROPERTY_KEYSTORE)
  String keystorePath;

  @Inject
  @ConfigProperty(name = "clinicchat.token.keystore-password")
  String keystorePassword;

  @Inject
  @ConfigProperty(name = "clinicchat.token.key-alias")
  String keyAlias;

  @Inject
  @ConfigProperty(name = "clinicchat.token.lifetime", defaultValue = "PT30M")
  Duration lifetime;

  private final Clock clock = Clock.systemUTC();
  private PrivateKey signingKey;

  @PostConstruct
  void loadKey() {
    char[] password = keystorePassword.toCharArray();
    KeyStore store = Pkcs12Keystores.read(Path.of(keystorePath), password, PROPERTY_KEYSTORE);
    try {
      signingKey = (PrivateKey) store.getKey(keyAlias, password);
    } catch (GeneralSecurityException | ClassCastException e) {
      throw new IllegalStateException(
          "Cannot read the token-signing key from the keystore named by " + PROPERTY_KEYSTORE, e);
    }
    if (signingKey == null) {
      throw new IllegalStateException(
          "Token-signing key '"
              + keyAlias
              + "' (clinicchat.token.key-alias) is not in its keystore");
    }
  }

  /** Returns the lifetime of a token. */
  public Duration lifetime() {
    return lifetime;
  }

  /** Issues a signed token for a consent just granted. */
  public String issue(GrantedConsent consent) {
    Instant now = Instant.now(clock);
    JsonObject header = Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").build();
    JsonObject claims =
        Json.createObjectBuilder()
            .add("iss", ISSUER)
            .add("sub", consent.visitor())
            .add("upn", consent.visitor())
            .add("groups", Json.createArrayBuilder().add(Roles.PATIENT))
            .add(ConsentInterceptor.CONSENT_CLAIM, consent.consentId())
            .add("purpose", consent.purpose().name())
            .add("jti", UUID.randomUUID().toString())
            .add("iat", now.getEpochSecond())
            .add("exp", now.plus(lifetime).getEpochSecond())
            .build();
    String signingInput = encode(header.toString()) + "." + encode(claims.toString());
    return signingInput + "." + sign(signingInput);
  }

  private String sign(String signingInput) {
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(signingKey);
      signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RS256 signing of a patient token failed", e);
    }
  }

  private static String encode(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}

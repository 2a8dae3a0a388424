package org.clinicchat.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The settings of the hospital single sign-on, from MicroProfile Config. Single sign-on is off
 * unless {@value #ENABLED} is true; the provider, client id and client secret have no default, so
 * they come from the environment or a secrets directory of each installation.
 *
 * <p>Values are read at each use, like {@link SessionPolicy}, and named {@code hospitalSignOn} for
 * the expressions of {@link HospitalSignOnDefinition}.
 */
@Named("hospitalSignOn")
@ApplicationScoped
public class HospitalSignOnSettings {

  static final String ENABLED = "clinicchat.oidc.enabled";
  static final String PROVIDER_URI = "clinicchat.oidc.provider-uri";
  static final String CLIENT_ID = "clinicchat.oidc.client-id";
  static final String CLIENT_SECRET = "clinicchat.oidc.client-secret";
  static final String ROLE_CLAIM = "clinicchat.oidc.role-claim";
  static final String ROLE_MAPPING = "clinicchat.oidc.role-mapping";
  static final String ACCEPTED_AMR = "clinicchat.oidc.mfa.accepted-amr";
  static final String ACCEPTED_ACR = "clinicchat.oidc.mfa.accepted-acr";
  static final String LOCAL_SIGN_IN = "clinicchat.oidc.local-sign-in";

  private static final Logger LOG = Logger.getLogger(HospitalSignOnSettings.class.getName());

  /**
   * Checks the settings at start while single sign-on is on, so that a missing client setting or an
   * invalid role mapping stops the deployment with its message instead of failing each sign-in.
   */
  void checkAtStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    if (!isEnabled()) {
      return;
    }
    getProviderUri();
    getClientId();
    getClientSecret();
    roleMapping();
    LOG.log(
        Level.INFO,
        "Hospital single sign-on is on: staff pages sign in at {0}, local sign-in allowed: {1}",
        new Object[] {getProviderUri(), isLocalSignInAllowed()});
  }

  /** Returns whether staff pages sign in through the identity provider. */
  public boolean isEnabled() {
    return config().getOptionalValue(ENABLED, Boolean.class).orElse(false);
  }

  /** Returns whether the local password and TOTP sign-in stays open while single sign-on is on. */
  public boolean isLocalSignInAllowed() {
    return config().getOptionalValue(LOCAL_SIGN_IN, Boolean.class).orElse(true);
  }

  /** Returns the issuer address whose discovery document describes the provider. */
  public String getProviderUri() {
    return required(PROVIDER_URI);
  }

  public String getClientId() {
    return required(CLIENT_ID);
  }

  public String getClientSecret() {
    return required(CLIENT_SECRET);
  }

  /** Returns the name of the identity token claim that lists the caller's groups or roles. */
  String roleClaim() {
    return config().getOptionalValue(ROLE_CLAIM, String.class).orElse("groups");
  }

  /**
   * Returns the staff role of each claim value, from {@value #ROLE_MAPPING} ({@code
   * value=ROLE,value=ROLE}), or each staff role name mapped to itself if that is unset.
   */
  Map<String, String> roleMapping() {
    return config()
        .getOptionalValue(ROLE_MAPPING, String.class)
        .map(HospitalSignOnSettings::parseRoleMapping)
        .orElseGet(
            () -> Roles.STAFF.stream().collect(Collectors.toMap(role -> role, role -> role)));
  }

  /** Returns the {@code amr} values that show a second factor. */
  Set<String> acceptedAmr() {
    return list(ACCEPTED_AMR).orElse(Set.of("mfa", "otp", "hwk"));
  }

  /** Returns the {@code acr} values that show a second factor; none unless configured. */
  Set<String> acceptedAcr() {
    return list(ACCEPTED_ACR).orElse(Set.of());
  }

  /**
   * Parses {@code value=ROLE} pairs separated by commas.
   *
   * @throws IllegalArgumentException if a pair has no {@code =} or names no staff role
   */
  static Map<String, String> parseRoleMapping(String mapping) {
    Map<String, String> roles = new LinkedHashMap<>();
    for (String pair : mapping.split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      int separator = pair.lastIndexOf('=');
      String role = separator < 0 ? "" : pair.substring(separator + 1).strip();
      if (!Roles.STAFF.contains(role)) {
        throw new IllegalArgumentException(
            ROLE_MAPPING
                + " has an invalid pair \""
                + pair.strip()
                + "\": write claim-value=ROLE with ROLE one of "
                + Roles.STAFF);
      }
      roles.put(pair.substring(0, separator).strip(), role);
    }
    return roles;
  }

  private static Optional<Set<String>> list(String name) {
    return config().getOptionalValue(name, String.class).map(value -> Set.copyOf(splitList(value)));
  }

  private static List<String> splitList(String value) {
    return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String required(String name) {
    return config()
        .getOptionalValue(name, String.class)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    name + " is missing: set it when " + ENABLED + " is true"));
  }

  private static Config config() {
    return ConfigProvider.getConfig();
  }
}

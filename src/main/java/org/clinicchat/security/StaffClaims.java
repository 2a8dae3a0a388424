package org.clinicchat.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The claims of a verified identity token that decide a staff sign-in through the hospital's
 * identity provider: who signed in (issuer and subject), their role values and how they
 * authenticated ({@code amr}, {@code acr}).
 *
 * @param issuer the {@code iss} claim
 * @param subject the {@code sub} claim, unique within the issuer
 * @param roleValues the values of the configured role claim, a string or an array of strings
 * @param amr the authentication methods, RFC 8176 values such as {@code mfa}, {@code otp}, {@code
 *     hwk}
 * @param acr the authentication context class, or an empty string
 */
public record StaffClaims(
    String issuer, String subject, List<String> roleValues, List<String> amr, String acr) {

  /** The prefix of staff identities that come from the identity provider. */
  public static final String SSO_PREFIX = "sso-";

  private static final int ID_BYTES = 16;

  public StaffClaims {
    if (issuer == null || issuer.isBlank() || subject == null || subject.isBlank()) {
      throw new IllegalArgumentException("An identity token without iss or sub names no one");
    }
    roleValues = List.copyOf(roleValues);
    amr = List.copyOf(amr);
    acr = acr == null ? "" : acr;
  }

  /** Reads the claims of an identity token, as the container parsed them. */
  static StaffClaims of(Map<String, Object> claims, String roleClaim) {
    return new StaffClaims(
        text(claims.get("iss")),
        text(claims.get("sub")),
        strings(claims.get(roleClaim)),
        strings(claims.get("amr")),
        text(claims.get("acr")));
  }

  /**
   * Returns the staff identity of this caller: {@value #SSO_PREFIX} and the first 128 bits of the
   * SHA-256 of issuer and subject in hex. It is the same at every sign-in, differs between two
   * issuers with the same subject, and fits the 100 characters of the audit trail's actor.
   */
  public String staffId() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((issuer + "\n" + subject).getBytes(StandardCharsets.UTF_8));
      return SSO_PREFIX + HexFormat.of().formatHex(digest, 0, ID_BYTES);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  /** Returns whether {@code amr} or {@code acr} shows that the provider checked a second factor. */
  boolean showsMfa(Set<String> acceptedAmr, Set<String> acceptedAcr) {
    return amr.stream().anyMatch(acceptedAmr::contains) || acceptedAcr.contains(acr);
  }

  /** Returns the staff roles that the mapping grants for the role values. */
  Set<String> roles(Map<String, String> mapping) {
    Set<String> roles = new LinkedHashSet<>();
    for (String value : roleValues) {
      String role = mapping.get(value);
      if (role != null) {
        roles.add(role);
      }
    }
    return roles;
  }

  /** Returns whether some role value maps to no staff role, and so grants nothing. */
  boolean hasUnmappedRoleValues(Map<String, String> mapping) {
    return !mapping.keySet().containsAll(roleValues);
  }

  private static String text(Object claim) {
    return claim instanceof String value ? value : "";
  }

  private static List<String> strings(Object claim) {
    if (claim instanceof String value) {
      return List.of(value);
    }
    if (claim instanceof Collection<?> values) {
      return values.stream().filter(String.class::isInstance).map(String.class::cast).toList();
    }
    return List.of();
  }
}

package org.clinicchat.security;

import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The progress of a staff member's sign-in, stored in their HTTP session. After the password step
 * it contains the user name and groups but authenticates no one. Only after the TOTP or recovery
 * code does {@link StaffSignIn} hand them to the container, on every request until the session
 * ends.
 */
public final class SignInState implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  static final String ATTRIBUTE = SignInState.class.getName();

  private final String username;
  private final Set<String> groups;
  private final Instant passwordVerifiedAt;
  private final String pendingSecret;
  private final String continueTo;
  private Instant authenticatedAt;
  private List<String> recoveryCodesToShow = List.of();

  SignInState(
      String username,
      Set<String> groups,
      Instant passwordVerifiedAt,
      String pendingSecret,
      String continueTo) {
    this.username = username;
    this.groups = Set.copyOf(groups);
    this.passwordVerifiedAt = passwordVerifiedAt;
    this.pendingSecret = pendingSecret;
    this.continueTo = continueTo;
  }

  /** Returns the state stored in a session, or null for no session or no sign-in. */
  public static SignInState of(HttpSession session) {
    return session == null ? null : (SignInState) session.getAttribute(ATTRIBUTE);
  }

  public String username() {
    return username;
  }

  Set<String> groups() {
    return groups;
  }

  Instant passwordVerifiedAt() {
    return passwordVerifiedAt;
  }

  /** Returns the secret offered at enrolment, or null if the account is already enrolled. */
  public String pendingSecret() {
    return pendingSecret;
  }

  String continueTo() {
    return continueTo;
  }

  boolean isAuthenticated() {
    return authenticatedAt != null;
  }

  Instant authenticatedAt() {
    return authenticatedAt;
  }

  void authenticated(Instant now, List<String> recoveryCodes) {
    authenticatedAt = now;
    recoveryCodesToShow = List.copyOf(recoveryCodes);
  }

  /** Returns the recovery codes of a new enrolment and removes them, so they are shown once. */
  public List<String> takeRecoveryCodes() {
    List<String> codes = recoveryCodesToShow;
    recoveryCodesToShow = List.of();
    return codes;
  }
}

package org.clinicchat.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Backs the enrolment page: the secret offered after the password step, as an {@code otpauth://}
 * URI in a QR code and as text. The secret lives only in the HTTP session until the first code
 * confirms it.
 */
@Named
@RequestScoped
public class TotpEnrolmentPage {

  static final String ISSUER = "ClinicChat";

  @Inject HttpServletRequest request;

  private SignInState state;

  /** Returns whether a password step awaits enrolment in this session. */
  public boolean isPending() {
    return state() != null && state().pendingSecret() != null && !state().isAuthenticated();
  }

  /** Returns the secret in Base32, in groups of four for typing. */
  public String getSecret() {
    return state().pendingSecret().replaceAll("(.{4})(?!$)", "$1 ");
  }

  public String getUsername() {
    return state().username();
  }

  /** Returns the QR code of the {@code otpauth://} URI as a PNG {@code data:} URI. */
  public String getQrCode() {
    return QrCodes.pngDataUri(otpauthUri(state().username(), state().pendingSecret()));
  }

  /** Returns the key URI that authenticator apps read: SHA-1, 6 digits, 30 seconds. */
  static String otpauthUri(String username, String secret) {
    String label = encode(ISSUER + ":" + username);
    return "otpauth://totp/"
        + label
        + "?secret="
        + secret
        + "&issuer="
        + encode(ISSUER)
        + "&algorithm=SHA1&digits="
        + Totp.DIGITS
        + "&period="
        + Totp.STEP_SECONDS;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private SignInState state() {
    if (state == null) {
      state = SignInState.of(request.getSession(false));
    }
    return state;
  }
}

package org.clinicchat.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContextWrapper;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Staff sign-in through the hospital's OpenID Connect provider, with the container's OpenID Connect
 * mechanism doing the protocol: redirect to the provider, code exchange and identity token
 * validation against the provider's keys.
 *
 * <p>This class decides what a verified token grants. It rejects a token whose {@code amr} or
 * {@code acr} claim shows no second factor, maps the role claim to staff roles (unknown values
 * grant nothing), and then stores a {@link SignInState} under a new session id like the local
 * sign-in does, so that {@link StaffSignIn} applies the same idle and absolute timeouts and the
 * cluster session cutoff on later requests. Every outcome is audited, and {@link SsoAccounts} keeps
 * the roles of each caller's last sign-in for the access review.
 */
@ApplicationScoped
public class HospitalSignOnFlow {

  /** The redirect URI registered at the provider, relative to the application. */
  static final String CALLBACK_PATH = "/sso/callback";

  static final String FAILED_PAGE = "/login.xhtml?sso=failed";
  static final String NO_MFA_PAGE = "/login.xhtml?sso=mfa-missing";
  private static final String CONTINUE_ATTRIBUTE = HospitalSignOnFlow.class.getName() + ".continue";
  private static final Logger LOG = Logger.getLogger(HospitalSignOnFlow.class.getName());

  @Inject @HospitalSignOn HttpAuthenticationMechanism openId;

  @Inject OpenIdContext openIdContext;

  @Inject HospitalSignOnSettings settings;

  @Inject SignOnAudit audit;

  @Inject SessionPolicy policy;

  @Inject StaffSessions sessions;

  @Inject SsoAccounts accounts;

  private final Clock clock = Clock.systemUTC();

  AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    if (context.isProtected()) {
      rememberRequest(request);
    }
    try {
      return openId.validateRequest(request, response, new SignOnContext(context));
    } catch (RuntimeException e) {
      if (!CALLBACK_PATH.equals(pathOf(request))) {
        throw e;
      }
      // Soteria 4.0.2 throws on some failed callbacks instead of passing an invalid result to
      // complete(). A failed identity token check (signature, issuer, audience, nonce) throws
      // IllegalStateException, a callback whose session has no sign-in in progress throws
      // NoSuchElementException, and an invalid result throws NullPointerException when Soteria
      // reads its missing caller name.
      // The exception's message can quote token claims, so only its type goes to INFO.
      LOG.log(
          Level.INFO,
          "A sign-in through the identity provider failed at the callback: {0}",
          e.getClass().getName());
      audit.failed();
      return reject(request, context, FAILED_PAGE);
    }
  }

  private AuthenticationStatus complete(
      HttpMessageContext context, CredentialValidationResult result) {
    HttpServletRequest request = context.getRequest();
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      LOG.info("A sign-in through the identity provider failed");
      audit.failed();
      return reject(request, context, FAILED_PAGE);
    }
    StaffClaims claims = StaffClaims.of(identityTokenClaims(), settings.roleClaim());
    String staffId = claims.staffId();
    if (!claims.showsMfa(settings.acceptedAmr(), settings.acceptedAcr())) {
      LOG.log(Level.INFO, "Rejected the sign-in of {0}: the token shows no MFA", staffId);
      audit.rejectedWithoutMfa(staffId);
      return reject(request, context, NO_MFA_PAGE);
    }
    Map<String, String> mapping = settings.roleMapping();
    if (claims.hasUnmappedRoleValues(mapping)) {
      LOG.log(Level.INFO, "The token of {0} has role values that grant no role", staffId);
      audit.roleUnmapped(staffId);
    }
    return signIn(request, context, claims, claims.roles(mapping));
  }

  private AuthenticationStatus signIn(
      HttpServletRequest request,
      HttpMessageContext context,
      StaffClaims claims,
      Set<String> roles) {
    String staffId = claims.staffId();
    HttpSession session = request.getSession(true);
    String continueTo = (String) session.getAttribute(CONTINUE_ATTRIBUTE);
    session.removeAttribute(CONTINUE_ATTRIBUTE);
    request.changeSessionId();
    Instant now = Instant.now(clock);
    SignInState state = new SignInState(staffId, roles, now, null, continueTo);
    state.authenticated(now, List.of());
    session.setAttribute(SignInState.ATTRIBUTE, state);
    session.setMaxInactiveInterval(Math.toIntExact(policy.idleTimeout().toSeconds()));
    sessions.register(staffId, session);
    accounts.recordSignIn(claims, roles, now);
    audit.signedIn(staffId);
    return StaffSignIn.redirect(
        request, context, continueTo == null ? StaffSignIn.STAFF_HOME : continueTo);
  }

  private Map<String, Object> identityTokenClaims() {
    return openIdContext.getIdentityToken().getClaims();
  }

  /** Ends the session, with the provider's tokens in it, and shows why on the login page. */
  private static AuthenticationStatus reject(
      HttpServletRequest request, HttpMessageContext context, String page) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    return StaffSignIn.redirect(request, context, page);
  }

  private static void rememberRequest(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod())) {
      return;
    }
    String query = request.getQueryString();
    String path = pathOf(request);
    request
        .getSession(true)
        .setAttribute(CONTINUE_ATTRIBUTE, query == null ? path : path + "?" + query);
  }

  private static String pathOf(HttpServletRequest request) {
    return request.getServletPath() + Objects.toString(request.getPathInfo(), "");
  }

  /**
   * Hands the outcome of the container's mechanism to {@link #complete}, instead of to the
   * container, and registers no container session: {@link SignInState} is the session.
   */
  private final class SignOnContext extends HttpMessageContextWrapper {

    SignOnContext(HttpMessageContext context) {
      super(context);
    }

    @Override
    public AuthenticationStatus notifyContainerAboutLogin(CredentialValidationResult result) {
      return complete(getWrapped(), result);
    }

    @Override
    public void setRegisterSession(String callerName, Set<String> groups) {
      // The SignInState stored by signIn replaces the container's session registration.
    }
  }
}

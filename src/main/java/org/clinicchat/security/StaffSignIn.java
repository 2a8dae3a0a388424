package org.clinicchat.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;
import org.clinicchat.platform.SecurityHeadersFilter;

/**
 * Staff sign-in in two steps, password then TOTP code, as the authentication mechanism of every
 * path outside the patient API.
 *
 * <ol>
 *   <li>{@code POST /j_security_check} ({@code j_username}, {@code j_password}) checks the password
 *       and sends the caller to the code page, or to enrolment if the account has no TOTP secret
 *       yet. No caller is authenticated at this point, so no staff page is served.
 *   <li>{@code POST /j_totp_check} ({@code j_code}: a TOTP code or a recovery code), or {@code POST
 *       /j_totp_enrol} ({@code j_code}: the first code of the offered secret), completes the
 *       sign-in and sends the caller back to the page they first asked for.
 * </ol>
 *
 * Each step issues a new session id, so a session id obtained before sign-in is worthless after it.
 * A signed-in session ends after the idle or absolute timeout of {@link SessionPolicy}, and when
 * {@link SessionCutoffs} reports that another server ended the member's sessions.
 */
@StaffLogin
@ApplicationScoped
public class StaffSignIn implements HttpAuthenticationMechanism {

  static final String LOGIN_PAGE = "/login.xhtml";
  static final String LOGIN_FAILED_PAGE = "/login.xhtml?failed=true";
  static final String CODE_PAGE = "/sign-in-code.xhtml";
  static final String ENROL_PAGE = "/sign-in-enrol.xhtml";
  static final String RECOVERY_CODES_PAGE = "/admin/recovery-codes.xhtml";
  static final String STAFF_HOME = "/admin/index.xhtml";
  static final String PASSWORD_ACTION = "/j_security_check";
  static final String CODE_ACTION = "/j_totp_check";
  static final String ENROL_ACTION = "/j_totp_enrol";
  private static final String CONTINUE_ATTRIBUTE = StaffSignIn.class.getName() + ".continue";
  private static final Logger LOG = Logger.getLogger(StaffSignIn.class.getName());

  @Inject IdentityStoreHandler identityStores;

  @Inject SecondFactor secondFactor;

  @Inject SessionPolicy policy;

  @Inject StaffSessions sessions;

  @Inject SessionCutoffs cutoffs;

  private final Clock clock = Clock.systemUTC();

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String path = request.getServletPath() + Objects.toString(request.getPathInfo(), "");
    if ("POST".equals(request.getMethod())) {
      switch (path) {
        case PASSWORD_ACTION -> {
          return passwordStep(request, context);
        }
        case CODE_ACTION -> {
          return codeStep(request, context);
        }
        case ENROL_ACTION -> {
          return enrolStep(request, context);
        }
        default -> {
          // Any other POST is an ordinary request.
        }
      }
    }
    HttpSession session = request.getSession(false);
    SignInState state = SignInState.of(session);
    if (state != null && state.isAuthenticated()) {
      if (isExpired(state)) {
        LOG.info("A staff session reached its absolute timeout");
        session.invalidate();
      } else if (cutoffs.isEnded(state.username(), state.authenticatedAt())) {
        LOG.info("A staff session was ended on another server of the cluster");
        session.invalidate();
      } else {
        return context.notifyContainerAboutLogin(state.username(), state.groups());
      }
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    rememberRequest(request);
    return redirect(request, context, LOGIN_PAGE);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SignInState.ATTRIBUTE);
    }
  }

  private AuthenticationStatus passwordStep(
      HttpServletRequest request, HttpMessageContext context) {
    String username = request.getParameter("j_username");
    String password = request.getParameter("j_password");
    if (username == null || password == null) {
      return redirect(request, context, LOGIN_FAILED_PAGE);
    }
    CredentialValidationResult result =
        identityStores.validate(new UsernamePasswordCredential(username, password));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return redirect(request, context, LOGIN_FAILED_PAGE);
    }
    String caller = result.getCallerPrincipal().getName();
    HttpSession old = request.getSession(false);
    String continueTo = old == null ? null : (String) old.getAttribute(CONTINUE_ATTRIBUTE);
    HttpSession session = newSessionId(request);
    session.removeAttribute(CONTINUE_ATTRIBUTE);
    boolean enrolled = secondFactor.isEnrolled(caller);
    String pendingSecret = enrolled ? null : secondFactor.newSecret();
    session.setAttribute(
        SignInState.ATTRIBUTE,
        new SignInState(
            caller, result.getCallerGroups(), Instant.now(clock), pendingSecret, continueTo));
    return redirect(request, context, enrolled ? CODE_PAGE : ENROL_PAGE);
  }

  private AuthenticationStatus codeStep(HttpServletRequest request, HttpMessageContext context) {
    SignInState state = pendingState(request);
    if (state == null || state.pendingSecret() != null) {
      return redirect(request, context, LOGIN_PAGE);
    }
    return switch (secondFactor.verify(state.username(), request.getParameter("j_code"))) {
      case ACCEPTED -> complete(request, context, state, List.of());
      case REJECTED -> redirect(request, context, CODE_PAGE + "?failed=true");
      case LOCKED -> abandon(request, context);
    };
  }

  private AuthenticationStatus enrolStep(HttpServletRequest request, HttpMessageContext context) {
    SignInState state = pendingState(request);
    if (state == null || state.pendingSecret() == null) {
      return redirect(request, context, LOGIN_PAGE);
    }
    List<String> recoveryCodes =
        secondFactor.enrol(state.username(), state.pendingSecret(), request.getParameter("j_code"));
    if (recoveryCodes.isEmpty()) {
      return redirect(request, context, ENROL_PAGE + "?failed=true");
    }
    return complete(request, context, state, recoveryCodes);
  }

  /** Returns the state of a password step that still awaits its code, or null. */
  private SignInState pendingState(HttpServletRequest request) {
    SignInState state = SignInState.of(request.getSession(false));
    if (state == null || state.isAuthenticated()) {
      return null;
    }
    Instant deadline = state.passwordVerifiedAt().plus(policy.secondStepTimeout());
    return Instant.now(clock).isBefore(deadline) ? state : null;
  }

  private AuthenticationStatus complete(
      HttpServletRequest request,
      HttpMessageContext context,
      SignInState state,
      List<String> recoveryCodes) {
    HttpSession session = newSessionId(request);
    state.authenticated(Instant.now(clock), recoveryCodes);
    // Set again, so that a replicated session stores the changed state.
    session.setAttribute(SignInState.ATTRIBUTE, state);
    session.setMaxInactiveInterval(Math.toIntExact(policy.idleTimeout().toSeconds()));
    sessions.register(state.username(), session);
    if (!recoveryCodes.isEmpty()) {
      return redirect(request, context, RECOVERY_CODES_PAGE);
    }
    String target = state.continueTo();
    return redirect(request, context, target == null ? STAFF_HOME : target);
  }

  private AuthenticationStatus abandon(HttpServletRequest request, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    return redirect(request, context, LOGIN_FAILED_PAGE);
  }

  private boolean isExpired(SignInState state) {
    Instant end = state.authenticatedAt().plus(policy.absoluteTimeout());
    return !Instant.now(clock).isBefore(end);
  }

  /** Remembers a protected page asked for with GET, to return to it after sign-in. */
  private static void rememberRequest(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod())) {
      return;
    }
    String path = request.getServletPath() + Objects.toString(request.getPathInfo(), "");
    String query = request.getQueryString();
    request
        .getSession(true)
        .setAttribute(CONTINUE_ATTRIBUTE, query == null ? path : path + "?" + query);
  }

  private static HttpSession newSessionId(HttpServletRequest request) {
    HttpSession session = request.getSession(true);
    request.changeSessionId();
    return session;
  }

  /** Redirects within the application, with the security headers the filters would have set. */
  static AuthenticationStatus redirect(
      HttpServletRequest request, HttpMessageContext context, String page) {
    SecurityHeadersFilter.apply(context.getResponse());
    context.getResponse().setHeader("Cache-Control", "no-store");
    return context.redirect(request.getContextPath() + page);
  }
}

package org.clinicchat.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanismHandler;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Objects;
import java.util.Set;

/**
 * Chooses the authentication mechanism per request: the MicroProfile JWT mechanism for the patient
 * API under {@code /api/}, the staff form login everywhere else, or the hospital single sign-on
 * when {@link HospitalSignOnSettings} enables it.
 *
 * <p>With single sign-on on, a session that already contains a {@link SignInState} stays with the
 * staff form login, which checks its timeouts, as do the posts of the local sign-in steps while
 * local sign-in is allowed. Every other staff request goes to {@link HospitalSignOnFlow}.
 *
 * <p>A WAR with two mechanisms needs this handler, because the default one fails every request with
 * an ambiguous dependency.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class AuthenticationRouter implements HttpAuthenticationMechanismHandler {

  private static final String API_PATH = "/api/";
  private static final Set<String> LOCAL_SIGN_IN_STEPS =
      Set.of(StaffSignIn.PASSWORD_ACTION, StaffSignIn.CODE_ACTION, StaffSignIn.ENROL_ACTION);

  @Inject HttpAuthenticationMechanism patientToken;

  @Inject @StaffLogin HttpAuthenticationMechanism staffLogin;

  @Inject HospitalSignOnFlow hospitalSignOn;

  @Inject HospitalSignOnSettings signOnSettings;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    if (usesHospitalSignOn(request)) {
      return hospitalSignOn.validateRequest(request, response, context);
    }
    return select(request).validateRequest(request, response, context);
  }

  @Override
  public AuthenticationStatus secureResponse(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    return select(request).secureResponse(request, response, context);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    select(request).cleanSubject(request, response, context);
  }

  private boolean usesHospitalSignOn(HttpServletRequest request) {
    if (select(request) == patientToken || !signOnSettings.isEnabled()) {
      return false;
    }
    if (SignInState.of(request.getSession(false)) != null) {
      return false;
    }
    return !(signOnSettings.isLocalSignInAllowed() && isLocalSignInStep(request));
  }

  private static boolean isLocalSignInStep(HttpServletRequest request) {
    String path = request.getServletPath() + Objects.toString(request.getPathInfo(), "");
    return "POST".equals(request.getMethod()) && LOCAL_SIGN_IN_STEPS.contains(path);
  }

  private HttpAuthenticationMechanism select(HttpServletRequest request) {
    // The servlet path is decoded and normalised by the container, unlike the request URI, so an
    // encoded "/api/%2e%2e/admin/..." is routed by the path the container actually serves.
    String path = request.getServletPath() + Objects.toString(request.getPathInfo(), "");
    return path.startsWith(API_PATH) ? patientToken : staffLogin;
  }
}

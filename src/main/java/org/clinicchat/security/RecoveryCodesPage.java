package org.clinicchat.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/** Backs the page that shows the recovery codes of a new enrolment, once. */
@Named
@RequestScoped
public class RecoveryCodesPage {

  @Inject HttpServletRequest request;

  private List<String> codes;

  /** Returns the codes on the first request after enrolment, and an empty list after that. */
  public List<String> getCodes() {
    if (codes == null) {
      SignInState state = SignInState.of(request.getSession(false));
      codes = state == null ? List.of() : state.takeRecoveryCodes();
      if (state != null) {
        request.getSession(false).setAttribute(SignInState.ATTRIBUTE, state);
      }
    }
    return codes;
  }
}

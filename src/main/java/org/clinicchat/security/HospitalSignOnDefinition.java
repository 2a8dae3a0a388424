package org.clinicchat.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;

/**
 * The OpenID Connect client of the hospital single sign-on: the container's mechanism, qualified
 * with {@link HospitalSignOn} so that it does not compete with the patient API's MicroProfile JWT
 * mechanism. The expressions read {@link HospitalSignOnSettings}, and the container evaluates them
 * only when {@link AuthenticationRouter} first sends a request to this mechanism, which it does
 * only while single sign-on is enabled.
 *
 * <p>The caller name is the {@code sub} claim. {@link HospitalSignOnFlow} then derives the staff
 * identity from issuer and subject, checks MFA and maps roles itself.
 */
@ApplicationScoped
@OpenIdAuthenticationMechanismDefinition(
    qualifiers = HospitalSignOn.class,
    providerURI = "${hospitalSignOn.providerUri}",
    clientId = "${hospitalSignOn.clientId}",
    clientSecret = "${hospitalSignOn.clientSecret}",
    redirectURI = "${baseURL}" + HospitalSignOnFlow.CALLBACK_PATH,
    scope = {"openid", "profile"},
    claimsDefinition = @ClaimsDefinition(callerNameClaim = "sub"),
    tokenAutoRefresh = false,
    jwksConnectTimeout = HospitalSignOnDefinition.TIMEOUT_MILLIS,
    jwksReadTimeout = HospitalSignOnDefinition.TIMEOUT_MILLIS)
public class HospitalSignOnDefinition {

  static final int TIMEOUT_MILLIS = 5_000;
}

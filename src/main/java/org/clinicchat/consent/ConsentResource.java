package org.clinicchat.consent;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import org.clinicchat.safety.Language;
import org.clinicchat.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The consent notice, and the visitor's decision on it. Agreeing returns a patient token; declining
 * needs no call, because nothing about a visitor who declines is stored.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class ConsentResource {

  @Inject ConsentNotice notice;

  @Inject ConsentRegistry registry;

  @Inject PatientTokenIssuer tokens;

  @Inject JsonWebToken token;

  @GET
  @Path("consent-notice")
  public NoticeDocument.Text notice(@QueryParam("language") String language) {
    return notice.text(Language.fromCode(language).orElse(Language.ENGLISH));
  }

  @POST
  @Path("consents")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response agree(
      @Valid @NotNull(message = "A JSON body is required.") ConsentRequest request) {
    GrantedConsent consent = registry.grant(request.noticeVersion(), request.purpose());
    TokenResponse body =
        new TokenResponse(tokens.issue(consent), tokens.lifetime().toSeconds(), consent.visitor());
    return Response.status(Status.CREATED).entity(body).build();
  }

  @DELETE
  @Path("consents/current")
  @RolesAllowed(Roles.PATIENT)
  public Response revoke() {
    registry.revoke(token.getClaim(ConsentInterceptor.CONSENT_CLAIM), token.getSubject());
    return Response.noContent().build();
  }

  /**
   * Issues a new token for the consent that the caller's token names, so a patient who keeps
   * chatting is not signed out when the token expires. A token expires after the idle window, so a
   * patient who stops chatting for that long starts over.
   */
  @POST
  @Path("consents/current/token")
  @RolesAllowed(Roles.PATIENT)
  public TokenResponse renew() {
    GrantedConsent consent =
        registry.renew(token.getClaim(ConsentInterceptor.CONSENT_CLAIM), token.getSubject());
    return new TokenResponse(
        tokens.issue(consent), tokens.lifetime().toSeconds(), consent.visitor());
  }

  /** The patient token issued for a consent. */
  public record TokenResponse(String token, long expiresIn, String visitor) {}
}

package org.clinicchat.platform;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.clinicchat.security.Roles;
import org.eclipse.microprofile.auth.LoginConfig;

/**
 * The JAX-RS application under {@code /api}. Patient calls carry a MicroProfile JWT bearer token.
 *
 * <p>The class is a CDI bean because Payara reads {@link LoginConfig} only from beans.
 */
@ApplicationScoped
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({
  Roles.PATIENT,
  Roles.ADMIN,
  Roles.PRIVACY_OFFICER,
  Roles.CLINICIAN,
  Roles.FRONT_DESK,
  Roles.AUDITOR
})
public class ClinicChatApplication extends Application {

  @Override
  public Map<String, Object> getProperties() {
    // No generated WADL description of the API for anonymous callers.
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}

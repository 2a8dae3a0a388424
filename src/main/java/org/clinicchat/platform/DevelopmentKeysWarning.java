package org.clinicchat.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Warns at start, in the server log, when the keys are the generated development ones. */
@ApplicationScoped
public class DevelopmentKeysWarning {

  private static final Logger LOG = Logger.getLogger(DevelopmentKeysWarning.class.getName());

  @Inject
  @ConfigProperty(name = "clinicchat.development-keys", defaultValue = "false")
  boolean developmentKeys;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    if (developmentKeys) {
      LOG.warning(
          "ClinicChat runs with DEVELOPMENT keys: a self-signed TLS certificate and generated"
              + " field-encryption and token-signing keys. Never use them for real patient data;"
              + " see the README, section Production keys.");
    }
  }
}

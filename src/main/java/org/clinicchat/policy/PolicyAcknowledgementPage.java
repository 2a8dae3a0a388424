package org.clinicchat.policy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * Backs the acknowledgement page: shows the current policy, and records the caller's
 * acknowledgement of the version the form posts, then returns them to the PHI page they asked for.
 */
@Named
@RequestScoped
public class PolicyAcknowledgementPage {

  @Inject PolicyVersions versions;

  @Inject PolicyAcknowledgements acknowledgements;

  @Inject FacesContext faces;

  private PolicyVersion current;

  /** Returns the current version of the policy, or null before the first start seeded one. */
  public PolicyVersion getCurrent() {
    if (current == null) {
      current = versions.current().orElse(null);
    }
    return current;
  }

  /** Returns when the caller last acknowledged the current version, or null if never. */
  public Instant getLastAcknowledged() {
    return getCurrent() == null ? null : acknowledgements.lastAcknowledged(current.getNumber());
  }

  /** Records the acknowledgement of the posted version and returns to the page asked for. */
  public String acknowledge() {
    ExternalContext external = faces.getExternalContext();
    try {
      acknowledgements.acknowledge(
          Integer.parseInt(external.getRequestParameterMap().get("version")));
    } catch (NumberFormatException | InvalidPolicyException e) {
      current = null;
      String message =
          e instanceof InvalidPolicyException
              ? e.getMessage()
              : "The form named no policy version.";
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
      return null;
    }
    Object returnTo = external.getSessionMap().remove(PolicyGateFilter.RETURN_TO);
    String target =
        returnTo instanceof String path
                && path.startsWith(external.getRequestContextPath() + "/admin/")
            ? path
            : external.getRequestContextPath() + "/admin/index.xhtml";
    try {
      external.redirect(target);
    } catch (IOException e) {
      throw new UncheckedIOException("Redirect after the policy acknowledgement failed", e);
    }
    return null;
  }
}

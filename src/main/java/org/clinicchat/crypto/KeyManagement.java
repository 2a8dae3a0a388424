package org.clinicchat.crypto;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs the key management page: rotation progress, and starting or restarting a rotation. */
@Named
@RequestScoped
public class KeyManagement {

  @Inject KeyRotation rotation;

  @Inject FacesContext faces;

  private RotationProgress progress;

  /** Starts a key rotation and reports the outcome on the page. */
  public String start() {
    try {
      long executionId = rotation.start().executionId();
      faces.addMessage(
          null, new FacesMessage("Key rotation started as execution " + executionId + "."));
    } catch (KeyRotationException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
    progress = null;
    return null;
  }

  /** Restarts the latest execution from its last checkpoint. */
  public String restart() {
    RotationProgress.Execution latest = getProgress().latest();
    try {
      if (latest == null) {
        throw new KeyRotationException("No key rotation has run yet.");
      }
      long executionId = rotation.restart(latest.executionId()).executionId();
      faces.addMessage(
          null, new FacesMessage("Key rotation restarted as execution " + executionId + "."));
    } catch (KeyRotationException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
    progress = null;
    return null;
  }

  /** Returns whether the latest execution can be restarted. */
  public boolean isRestartable() {
    RotationProgress.Execution latest = getProgress().latest();
    return latest != null && latest.restartable();
  }

  /** Returns the rotation progress, read once per request. */
  public RotationProgress getProgress() {
    if (progress == null) {
      progress = rotation.progress();
    }
    return progress;
  }
}

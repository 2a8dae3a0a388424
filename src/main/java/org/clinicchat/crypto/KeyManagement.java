package org.clinicchat.crypto;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Backs the key management page: the key-encryption keys, adding, activating and deleting them,
 * rotation progress, and starting or restarting a rotation.
 */
@Named
@RequestScoped
public class KeyManagement {

  @Inject KeyRotation rotation;

  @Inject KeyAdministration administration;

  @Inject FacesContext faces;

  private RotationProgress progress;
  private List<KekStatus> keys;
  private String newKeyId;
  private boolean activateNewKey = true;

  /** Adds the key named in the form, and activates it if the box is ticked. */
  public String addKey() {
    String keyId = newKeyId == null ? "" : newKeyId.strip();
    try {
      administration.add(keyId);
      if (activateNewKey) {
        administration.activate(keyId);
      }
      info(
          "Added key "
              + keyId
              + (activateNewKey ? "; it is now the active key." : "; it is not active yet."));
      newKeyId = null;
    } catch (KeyAdministrationException e) {
      error(e.getMessage());
    }
    return refresh();
  }

  /** Makes a key the one that wraps new data keys. */
  public String activate(String keyId) {
    try {
      administration.activate(keyId);
      info("Key " + keyId + " is now the active key. Start key rotation to re-wrap the others.");
    } catch (KeyAdministrationException e) {
      error(e.getMessage());
    }
    return refresh();
  }

  /** Deletes a retired key, or shows why deletion is rejected. */
  public String delete(String keyId) {
    try {
      administration.delete(keyId);
      info("Deleted key " + keyId + " from the keystore.");
    } catch (KeyAdministrationException e) {
      error(e.getMessage());
    }
    return refresh();
  }

  /** Returns the keys of the keystore, read once per request. */
  public List<KekStatus> getKeys() {
    if (keys == null) {
      keys = administration.keys();
    }
    return keys;
  }

  public String getNewKeyId() {
    return newKeyId;
  }

  public void setNewKeyId(String newKeyId) {
    this.newKeyId = newKeyId;
  }

  public boolean isActivateNewKey() {
    return activateNewKey;
  }

  public void setActivateNewKey(boolean activateNewKey) {
    this.activateNewKey = activateNewKey;
  }

  private String refresh() {
    keys = null;
    progress = null;
    return null;
  }

  private void info(String message) {
    faces.addMessage(null, new FacesMessage(message));
  }

  private void error(String message) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
  }

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

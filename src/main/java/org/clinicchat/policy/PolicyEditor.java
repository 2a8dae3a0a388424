package org.clinicchat.policy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Backs the privacy officer's policy page: edits the text, starting from the current version, and
 * publishes it as a new version, which every staff member must acknowledge again.
 */
@Named
@RequestScoped
public class PolicyEditor {

  @Inject PolicyVersions versions;

  @Inject FacesContext faces;

  private String text;
  private List<PolicyVersion> history;

  /** Publishes the edited text as the next version, or reports why it was rejected. */
  public String publish() {
    try {
      int number = versions.publish(text).getNumber();
      faces.addMessage(
          null,
          new FacesMessage(
              "Published version "
                  + number
                  + ". Every staff member must acknowledge it before opening patient data."));
      history = null;
    } catch (InvalidPolicyException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
    return null;
  }

  /** Returns every version, newest first. */
  public List<PolicyVersion> getHistory() {
    if (history == null) {
      history = versions.history();
    }
    return history;
  }

  /** Returns the text in the form: what was posted, else the current version's. */
  public String getText() {
    if (text == null) {
      text = versions.current().map(PolicyVersion::getText).orElse("");
    }
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}

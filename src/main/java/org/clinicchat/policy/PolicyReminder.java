package org.clinicchat.policy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Tells the staff pages whether the caller must acknowledge the policy, so that every page can link
 * to the acknowledgement before a PHI page sends them there. Asks the database once per request.
 */
@Named
@RequestScoped
public class PolicyReminder {

  @Inject PolicyAcknowledgements acknowledgements;

  private Boolean due;

  /** Returns whether an acknowledgement of the current policy is due. */
  public boolean isDue() {
    if (due == null) {
      due = acknowledgements.isDue();
    }
    return due;
  }
}

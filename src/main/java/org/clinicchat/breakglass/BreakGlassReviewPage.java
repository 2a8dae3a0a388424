package org.clinicchat.breakglass;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Backs the privacy officer's break-glass review: lists the grants not yet signed off and signs one
 * off with a note. The form posts the grant's id, and a rejected note is reported on the page.
 */
@Named
@RequestScoped
public class BreakGlassReviewPage {

  @Inject BreakGlassReview review;

  @Inject FacesContext faces;

  private String note;
  private List<ReviewedGrant> listed;

  /** Returns the grants awaiting sign-off, oldest first. */
  public List<ReviewedGrant> getGrants() {
    if (listed == null) {
      listed = review.open();
    }
    return listed;
  }

  /** Signs off the grant named by the form, and reports the outcome on the page. */
  public String signOff() {
    try {
      String grantId = faces.getExternalContext().getRequestParameterMap().get("grantId");
      review.signOff(grantId, note);
      faces.addMessage(null, new FacesMessage("Emergency access signed off."));
      note = null;
      listed = null;
    } catch (InvalidBreakGlassRequestException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
    return null;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}

package org.clinicchat.breakglass;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Backs the privacy officer's break-glass review: lists the grants not yet signed off, signs one
 * off with a note, and ends an active one. Each form posts the grant's id, and a rejected action is
 * reported on the page.
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
      review.signOff(postedGrantId(), note);
      faces.addMessage(null, new FacesMessage("Emergency access signed off."));
      note = null;
      listed = null;
    } catch (InvalidBreakGlassRequestException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
    return null;
  }

  /** Ends the active grant named by the form, and reports the outcome on the page. */
  public String end() {
    try {
      review.end(postedGrantId());
      faces.addMessage(null, new FacesMessage("Emergency access ended."));
      listed = null;
    } catch (InvalidBreakGlassRequestException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
    return null;
  }

  private String postedGrantId() {
    return faces.getExternalContext().getRequestParameterMap().get("grantId");
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}

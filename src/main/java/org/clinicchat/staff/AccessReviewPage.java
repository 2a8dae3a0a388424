package org.clinicchat.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs the access review page: the accounts, the form to record a review, and past reviews. */
@Named
@RequestScoped
public class AccessReviewPage {

  @Inject AccessReview review;

  @Inject AccessReviews reviews;

  @Inject FacesContext faces;

  private List<StaffAccess> accounts;
  private String findings = "";

  /** Returns every staff account with its access, read once per request. */
  public List<StaffAccess> getAccounts() {
    if (accounts == null) {
      accounts = review.accounts();
    }
    return accounts;
  }

  /** Records the review from the form, or shows what to correct and keeps the findings. */
  public String record() {
    try {
      AccessReviews.RecordedReview recorded = reviews.record(findings);
      faces.addMessage(
          null,
          new FacesMessage(
              "Recorded the access review. The next one is due on " + recorded.nextDueOn() + "."));
      findings = "";
    } catch (InvalidStaffAccountException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
    return null;
  }

  public List<AccessReviewRecord> getHistory() {
    return reviews.history();
  }

  public boolean isDue() {
    return reviews.isDue();
  }

  public int getDormantDays() {
    return AccessReview.DORMANT_DAYS;
  }

  public String getFindings() {
    return findings;
  }

  public void setFindings(String findings) {
    this.findings = findings == null ? "" : findings;
  }
}

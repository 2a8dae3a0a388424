package org.clinicchat.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs the access review page. */
@Named
@RequestScoped
public class AccessReviewPage {

  @Inject AccessReview review;

  private List<StaffAccess> accounts;

  /** Returns every staff account with its access, read once per request. */
  public List<StaffAccess> getAccounts() {
    if (accounts == null) {
      accounts = review.accounts();
    }
    return accounts;
  }

  public int getDormantDays() {
    return AccessReview.DORMANT_DAYS;
  }
}

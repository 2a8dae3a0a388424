package org.clinicchat.callback;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs the call-back section of the staff inbox: open requests, reveal a number, mark done. */
@Named
@RequestScoped
public class CallbackInbox {

  @Inject StaffCallbacks staffCallbacks;

  @Inject FacesContext faces;

  private List<CallbackRequest> open;
  private String revealedId;
  private String revealedPhone;

  public List<CallbackRequest> getOpen() {
    if (open == null) {
      open = staffCallbacks.open();
    }
    return open;
  }

  /** Returns the revealed phone number if the request is the one revealed in this request. */
  public String phoneOf(String requestId) {
    return requestId.equals(revealedId) ? revealedPhone : null;
  }

  /** Shows the phone number of one request on the page, recorded in the audit trail. */
  public void reveal(String requestId) {
    try {
      revealedPhone = staffCallbacks.revealPhone(requestId);
      revealedId = requestId;
    } catch (CallbackException e) {
      error(e);
    }
  }

  /** Marks a request done; it leaves the list. */
  public void markDone(String requestId) {
    try {
      staffCallbacks.markDone(requestId);
      open = null;
    } catch (CallbackException e) {
      error(e);
    }
  }

  private void error(CallbackException e) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    open = null;
  }
}

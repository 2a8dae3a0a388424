package org.clinicchat.breakglass;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.clinicchat.chat.ConversationNotFoundException;

/**
 * Backs the break-glass page: requests emergency access to a conversation with a reason, then opens
 * its transcript, and lists the caller's active grants. A rejected request is reported on the page
 * and keeps the form's input.
 */
@Named
@RequestScoped
public class EmergencyAccessRequest {

  @Inject EmergencyAccess emergencyAccess;

  @Inject FacesContext faces;

  private String conversationId;
  private String reason;
  private List<BreakGlassGrant> activeGrants;

  /** Requests the grant and opens the transcript, or reports why the request was rejected. */
  public String request() {
    try {
      BreakGlassGrant grant = emergencyAccess.request(conversationId, reason);
      return "transcript?faces-redirect=true&id=" + grant.getConversationId();
    } catch (InvalidBreakGlassRequestException e) {
      error(e.getMessage());
    } catch (ConversationNotFoundException e) {
      error("Conversation: no conversation has this id. Copy it from the patient's record.");
    }
    return null;
  }

  /** Returns the caller's grants that are active now. */
  public List<BreakGlassGrant> getActiveGrants() {
    if (activeGrants == null) {
      activeGrants = emergencyAccess.activeGrants();
    }
    return activeGrants;
  }

  private void error(String message) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
  }

  public String getConversationId() {
    return conversationId;
  }

  public void setConversationId(String conversationId) {
    this.conversationId = conversationId == null ? null : conversationId.strip();
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public int getMinReasonLength() {
    return EmergencyReason.MIN_LENGTH;
  }
}

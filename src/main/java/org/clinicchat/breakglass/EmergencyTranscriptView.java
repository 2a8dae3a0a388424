package org.clinicchat.breakglass;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.clinicchat.chat.ConversationNotFoundException;
import org.clinicchat.chat.Message;

/**
 * Backs the transcript page of emergency access. Without an active grant the page returns 403 with
 * a message explaining how to request one. The service audits the read, granted or not.
 */
@Named
@RequestScoped
public class EmergencyTranscriptView {

  @Inject EmergencyAccess emergencyAccess;

  @Inject FacesContext faces;

  private String id;
  private List<Message> messages = List.of();
  private BreakGlassGrant grant;

  /** Loads the transcript named by the {@code id} view parameter under the caller's grant. */
  public void load() {
    try {
      messages = emergencyAccess.transcript(id);
      grant = emergencyAccess.activeGrant(id).orElse(null);
    } catch (NoActiveGrantException e) {
      refuse(HttpServletResponse.SC_FORBIDDEN, e.getMessage());
    } catch (ConversationNotFoundException e) {
      refuse(HttpServletResponse.SC_NOT_FOUND, "Conversation not found.");
    }
  }

  private void refuse(int status, String message) {
    faces.getExternalContext().setResponseStatus(status);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public List<Message> getMessages() {
    return messages;
  }

  /** Returns the active grant the transcript was read under, or null if it was refused. */
  public BreakGlassGrant getGrant() {
    return grant;
  }
}

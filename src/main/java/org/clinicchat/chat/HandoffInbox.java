package org.clinicchat.chat;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs the staff inbox: conversations waiting for a person, and those the caller took over. */
@Named
@RequestScoped
public class HandoffInbox {

  @Inject StaffHandoffs staffHandoffs;

  @Inject FacesContext faces;

  private List<Handoff> waiting;
  private List<Handoff> mine;

  public List<Handoff> getWaiting() {
    if (waiting == null) {
      waiting = staffHandoffs.waiting();
    }
    return waiting;
  }

  public List<Handoff> getMine() {
    if (mine == null) {
      mine = staffHandoffs.mine();
    }
    return mine;
  }

  /** Takes a conversation over and opens its transcript, or shows why it cannot be taken. */
  public String take(String conversationId) {
    try {
      staffHandoffs.take(ConversationIds.require(conversationId));
      return "/admin/conversations/transcript.xhtml?faces-redirect=true&id=" + conversationId;
    } catch (HandoffStateException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
      waiting = null;
      return null;
    }
  }
}

package org.clinicchat.chat;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs the staff transcript page; loading it is a read of PHI that the review service audits. */
@Named
@RequestScoped
public class TranscriptView {

  @Inject ConversationReview review;

  @Inject ConversationErasure erasure;

  @Inject FacesContext faces;

  private String id;
  private List<Message> messages = List.of();
  private boolean found;

  /** Loads the transcript named by the {@code id} view parameter. */
  public void load() {
    try {
      messages = review.transcript(ConversationIds.require(id));
      found = true;
    } catch (ConversationNotFoundException e) {
      notFound();
    }
  }

  /** Erases the conversation shown (administrators only), then shows what is left of it. */
  public String erase() {
    try {
      erasure.erase(ConversationIds.require(id));
      faces.addMessage(
          null,
          new FacesMessage(
              "Conversation erased. Its data key was deleted, so its messages can no longer be"
                  + " read from the database."));
      load();
    } catch (ConversationNotFoundException e) {
      notFound();
    }
    return null;
  }

  private void notFound() {
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_ERROR, "Conversation not found.", "Open it from the list."));
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

  public boolean isFound() {
    return found;
  }
}

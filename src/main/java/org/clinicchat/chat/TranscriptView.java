package org.clinicchat.chat;

import jakarta.annotation.PostConstruct;
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

  @Inject StaffHandoffs staffHandoffs;

  @Inject jakarta.security.enterprise.SecurityContext securityContext;

  @Inject FacesContext faces;

  /** The client id of the hidden field that posts the conversation id with the handoff form. */
  static final String HANDOFF_FIELD = "handoff:conversation";

  private String id;
  private List<Message> messages = List.of();
  private int seenByPatientUpTo;
  private boolean found;
  private Handoff handoff;
  private String reply = "";

  /**
   * Reads the handoff state of the conversation a form posts, before the form's buttons are
   * decoded: whether they are rendered depends on it, and the view parameter is not applied on
   * postback.
   */
  @PostConstruct
  void restoreHandoffOnPostback() {
    if (!faces.isPostback()) {
      return;
    }
    String posted = faces.getExternalContext().getRequestParameterMap().get(HANDOFF_FIELD);
    try {
      handoff =
          posted == null
              ? null
              : staffHandoffs.openHandoff(ConversationIds.require(posted)).orElse(null);
    } catch (ConversationNotFoundException e) {
      handoff = null;
    }
  }

  /** Loads the transcript named by the {@code id} view parameter. */
  public void load() {
    try {
      messages = review.transcript(ConversationIds.require(id));
      seenByPatientUpTo = review.seenByPatientUpTo(id);
      handoff = staffHandoffs.openHandoff(id).orElse(null);
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

  /** Takes the conversation over from the queue. */
  public String take() {
    return handoffAction(() -> staffHandoffs.take(ConversationIds.require(id)), null);
  }

  /** Sends the reply typed on the page to the patient. */
  public String sendReply() {
    return handoffAction(
        () -> {
          staffHandoffs.reply(ConversationIds.require(id), reply);
          reply = "";
        },
        null);
  }

  /** Hands the conversation back to the assistant. */
  public String handBack() {
    return handoffAction(
        () -> staffHandoffs.end(ConversationIds.require(id), Handoff.Ending.HANDED_BACK),
        "Handed back: the assistant answers the patient's next messages.");
  }

  /** Closes the handoff; the assistant answers if the patient writes again. */
  public String closeHandoff() {
    return handoffAction(
        () -> staffHandoffs.end(ConversationIds.require(id), Handoff.Ending.CLOSED),
        "Closed: the assistant answers if the patient writes again.");
  }

  /** Returns whether the caller took this conversation over and answers the patient now. */
  public boolean isAnswering() {
    return handoff != null
        && securityContext.getCallerPrincipal().getName().equals(handoff.getTakenBy());
  }

  private String handoffAction(Runnable action, String done) {
    try {
      action.run();
      if (done != null) {
        faces.addMessage(null, new FacesMessage(done));
      }
    } catch (HandoffStateException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    } catch (ConversationNotFoundException e) {
      notFound();
      return null;
    }
    load();
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

  /** Returns the highest sequence number the patient acknowledged as shown, or 0. */
  public int getSeenByPatientUpTo() {
    return seenByPatientUpTo;
  }

  public boolean isFound() {
    return found;
  }

  public Handoff getHandoff() {
    return handoff;
  }

  public String getReply() {
    return reply;
  }

  public void setReply(String reply) {
    this.reply = reply == null ? "" : reply;
  }
}

package org.clinicchat.chat;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs the staff conversation list, which shows counts and times but no message text. */
@Named
@RequestScoped
public class ConversationList {

  @Inject ConversationReview review;

  private List<Conversation> conversations;

  /** Returns the most recent conversations, read once per request. */
  public List<Conversation> getConversations() {
    if (conversations == null) {
      conversations = review.recent();
    }
    return conversations;
  }
}

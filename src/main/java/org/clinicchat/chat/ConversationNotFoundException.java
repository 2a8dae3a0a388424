package org.clinicchat.chat;

import jakarta.ejb.ApplicationException;

/**
 * No conversation with the id exists that the caller may see. A conversation of another visitor
 * gets the same answer, so that ids cannot be probed.
 */
@ApplicationException(rollback = true)
public class ConversationNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConversationNotFoundException() {
    super("Conversation not found. Start a new conversation.");
  }
}

package org.clinicchat.chat;

/** A handoff action that does not fit the conversation's state, with what to do instead. */
public class HandoffStateException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public HandoffStateException(String message) {
    super(message);
  }
}

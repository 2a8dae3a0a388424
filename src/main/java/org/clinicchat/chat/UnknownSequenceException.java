package org.clinicchat.chat;

/** An acknowledgement named a sequence number after the conversation's last stored message. */
public class UnknownSequenceException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  UnknownSequenceException(int sequence, int lastStored) {
    super(
        "sequence "
            + sequence
            + " is after the last stored message of this conversation ("
            + lastStored
            + ").");
  }
}

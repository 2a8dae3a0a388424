package org.clinicchat.chat;

/** Who wrote a message. */
public enum Sender {
  PATIENT,
  ASSISTANT,
  /** A staff member who took the conversation over from the assistant. */
  STAFF
}

package org.clinicchat.chat;

/** Who wrote a message. */
public enum Sender {
  PATIENT,
  ASSISTANT
}

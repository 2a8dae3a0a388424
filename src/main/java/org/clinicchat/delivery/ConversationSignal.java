package org.clinicchat.delivery;

import java.io.Serializable;

/**
 * A change to one conversation that listeners on every cluster member may act on: a stream to the
 * patient, the staff inbox. It names the conversation and the message sequence number only, never
 * message text, so it may cross the cluster without carrying PHI.
 *
 * @param conversationId the conversation that changed
 * @param kind what changed
 * @param sequence the sequence number of the newest stored message, or 0 when no message changed
 */
public record ConversationSignal(String conversationId, Kind kind, int sequence)
    implements Serializable {

  /** The kind of change to the conversation. */
  public enum Kind {
    /** A patient, assistant, staff or system message was stored. */
    MESSAGE_STORED,
    /** The conversation entered the staff queue. */
    HANDOFF_QUEUED,
    /** A staff member took the conversation over. */
    HANDOFF_TAKEN,
    /** Staff handed the conversation back to the assistant or closed it. */
    HANDOFF_ENDED,
    /** No staff member took the conversation within the wait limit. */
    HANDOFF_TIMED_OUT
  }
}

package org.clinicchat.delivery;

import java.io.Serializable;

/**
 * The envelope in which a conversation signal crosses the cluster. A type of its own, so that
 * observers of {@link ConversationSignal} never see the outbound copy on the sending member, and
 * the inbound copy cannot be sent on again.
 *
 * @param signal the signal that a transaction on the sending member committed
 */
record ClusterSignal(ConversationSignal signal) implements Serializable {}

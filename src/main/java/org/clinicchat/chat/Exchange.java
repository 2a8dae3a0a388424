package org.clinicchat.chat;

/**
 * A patient message and the assistant's reply to it, as stored.
 *
 * @param reply the assistant's reply, or {@code null} when staff have the conversation
 * @param handoff {@code WAITING} or {@code STAFF} while the conversation is with staff, else null
 * @param repeated whether this is the stored result of an earlier request with the same idempotency
 *     key, returned instead of storing the message again
 */
public record Exchange(Message patientMessage, Message reply, String handoff, boolean repeated) {}

package org.clinicchat.chat;

/**
 * The event that {@link TranscriptShredder} fires inside the transaction that shreds a
 * conversation. An observer in another package deletes its own rows of the conversation, whose
 * ciphertext became unreadable with the data key, in the same transaction.
 */
public record ConversationShredded(String conversationId) {}

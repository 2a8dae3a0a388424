package org.clinicchat.appointment;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The booking dialogues of the conversations on this server, by conversation id.
 *
 * <p>They are kept in memory only, for at most {@link #IDLE_LIFETIME} after the patient's last
 * message, and never written to the database. Before the code is confirmed a dialogue contains the
 * name, date of birth and email address the visitor typed, and until the booking it contains the
 * reason for the visit. Keeping them out of the database means nothing about an unverified visitor
 * is stored, as {@link IdentityChecks} promises, and nothing is left to erase or to encrypt under a
 * key. The price is that a restart, or a next message that reaches another cluster member, loses
 * the dialogue, and the patient starts again.
 */
@ApplicationScoped
public class BookingDialogues {

  /** How long a dialogue is kept after the patient's last message: the code's lifetime and more. */
  static final Duration IDLE_LIFETIME = Duration.ofMinutes(15);

  /** Maximum number of dialogues kept, so that a flood of conversations cannot exhaust memory. */
  static final int MAX_DIALOGUES = 10_000;

  private final Map<String, BookingDialogue> dialogues = new ConcurrentHashMap<>();

  /** Returns the conversation's dialogue if it was used within the idle lifetime. */
  Optional<BookingDialogue> find(String conversationId, Instant now) {
    dialogues.values().removeIf(dialogue -> expired(dialogue, now));
    BookingDialogue dialogue = dialogues.get(conversationId);
    if (dialogue != null) {
      dialogue.lastUsed = now;
    }
    return Optional.ofNullable(dialogue);
  }

  /**
   * Keeps a new dialogue for the conversation, replacing any earlier one.
   *
   * @throws InvalidAppointmentRequestException if the server keeps too many dialogues already
   */
  void keep(String conversationId, BookingDialogue dialogue) {
    if (dialogues.size() >= MAX_DIALOGUES && !dialogues.containsKey(conversationId)) {
      throw new InvalidAppointmentRequestException(
          "Booking in the chat is busy. Try again in a few minutes, or call the front desk.");
    }
    dialogues.put(conversationId, dialogue);
  }

  /** Forgets the conversation's dialogue. */
  void forget(String conversationId) {
    dialogues.remove(conversationId);
  }

  private static boolean expired(BookingDialogue dialogue, Instant now) {
    return !now.isBefore(dialogue.lastUsed.plus(IDLE_LIFETIME));
  }
}

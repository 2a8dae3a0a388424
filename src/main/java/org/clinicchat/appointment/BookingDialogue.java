package org.clinicchat.appointment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.clinicchat.safety.Language;

/**
 * The state of one conversation's booking, move or cancellation between the patient's messages. It
 * contains PHI before the identity check is confirmed (name, date of birth, email address) and the
 * reason for the visit until the booking commits, so it lives only in {@link BookingDialogues}, in
 * memory, and never in a log line. Messages of one conversation are handled one at a time, because
 * the chat locks the conversation's row for each send, so the fields need no synchronization.
 */
final class BookingDialogue {

  /** The stage of the dialogue, named for the input it expects next. */
  enum Stage {
    CHOOSING_SLOT,
    REASON,
    NAME,
    DATE_OF_BIRTH,
    EMAIL,
    CODE,
    DONE
  }

  /** The patient's goal: a booking, a move or a cancellation. */
  enum Goal {
    BOOK,
    RESCHEDULE,
    CANCEL
  }

  Stage stage;
  Goal goal;
  Language language;
  String visitTypeId;
  String providerId;
  String reference;
  String requestedTime;
  List<Slot> offered = List.of();
  Slot chosen;
  String reason;
  String name;
  LocalDate dateOfBirth;
  String email;
  String checkId;
  Instant verifiedUntil;
  Instant lastUsed;

  BookingDialogue(Goal goal, Language language, Instant now) {
    this.goal = goal;
    this.language = language;
    this.lastUsed = now;
  }

  /** Returns whether the dialogue has a confirmed identity check that still lets it act. */
  boolean verified(Instant now) {
    return checkId != null && verifiedUntil != null && now.isBefore(verifiedUntil);
  }

  /** Keeps the confirmed check and clears the details that were only needed to confirm it. */
  void confirmed(ConfirmedCheck check) {
    checkId = check.id();
    verifiedUntil = check.expiresAt();
    name = null;
    dateOfBirth = null;
    email = null;
  }

  /** Starts a new goal in the same conversation, keeping the language and a confirmed check. */
  void restart(Goal newGoal, Language newLanguage) {
    goal = newGoal;
    language = newLanguage;
    visitTypeId = null;
    providerId = null;
    reference = null;
    requestedTime = null;
    offered = List.of();
    chosen = null;
    reason = null;
  }

  /** Clears the reason and the slots once the goal is reached, keeping the confirmed check. */
  void finish() {
    stage = Stage.DONE;
    offered = List.of();
    chosen = null;
    reason = null;
  }

  boolean spanish() {
    return language == Language.SPANISH;
  }
}

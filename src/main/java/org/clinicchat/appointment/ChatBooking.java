package org.clinicchat.appointment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import org.clinicchat.appointment.BookingDialogue.Goal;
import org.clinicchat.appointment.BookingDialogue.Stage;
import org.clinicchat.safety.Language;

/**
 * Books, moves and cancels appointments in the chat, one message at a time. The patient names the
 * visit, the provider or anyone, and the day, and the assistant offers up to three slots. The
 * patient picks one by number or time and gives the reason, then the name, date of birth, email
 * address and the code emailed by {@link IdentityChecks}. Only then does {@link AppointmentBook}
 * book, and the reply gives the reference. A move ("move my appointment 7K2M9QXA to Friday") or a
 * cancellation names the reference and verifies the patient the same way, before anything about the
 * appointment is shown. {@link BookingDialogues} keeps the state of each dialogue, in memory only.
 *
 * <p>Each method suspends the chat's transaction, so every booking step commits or rolls back in
 * its own transaction and is audited as the appointment API's calls are. A lost slot race must not
 * roll back the patient's chat message.
 */
@ApplicationScoped
public class ChatBooking {

  @Inject BookingDialogues dialogues;

  @Inject ClinicSchedules schedules;

  @Inject DialogueSteps steps;

  private final Clock clock = Clock.systemUTC();

  /**
   * Starts a booking from a message about appointments and returns the reply: up to three slots
   * that match it, or why none do.
   */
  @Transactional(TxType.NOT_SUPPORTED)
  public String startBooking(String conversationId, String message, Language language) {
    Instant now = Instant.now(clock);
    BookingDialogue dialogue =
        dialogues
            .find(conversationId, now)
            .orElseGet(() -> new BookingDialogue(Goal.BOOK, language, now));
    dialogue.restart(Goal.BOOK, language);
    dialogue.reason = DialogueParsing.reason(message).orElse(null);
    try {
      dialogues.keep(conversationId, dialogue);
    } catch (InvalidAppointmentRequestException e) {
      return DialogueText.problem(language, e);
    }
    return steps.offerFor(dialogue, message);
  }

  /**
   * Returns the reply to a message when the conversation has a booking dialogue under way, or when
   * the message requests a move or cancellation of an appointment by its reference. Otherwise it
   * returns empty, and the assistant replies as usual.
   *
   * @param chosen the language the widget chose, or null
   * @param detected the language the message is written in, used when a new dialogue starts
   */
  @Transactional(TxType.NOT_SUPPORTED)
  public Optional<String> continueDialogue(
      String conversationId, String message, Language chosen, Language detected) {
    Instant now = Instant.now(clock);
    Optional<BookingDialogue> found = dialogues.find(conversationId, now);
    Optional<DialogueParsing.ChangeRequest> change = DialogueParsing.change(message);
    if (change.isPresent()) {
      Language language = chosen != null ? chosen : detected;
      return Optional.of(startChange(conversationId, found, change.get(), message, language, now));
    }
    if (found.isEmpty() || found.get().stage == Stage.DONE) {
      return Optional.empty();
    }
    BookingDialogue dialogue = found.get();
    if (chosen != null) {
      dialogue.language = chosen;
    }
    if (DialogueParsing.isStop(message)) {
      dialogues.forget(conversationId);
      return Optional.of(DialogueText.stopped(dialogue.language));
    }
    return Optional.of(reply(dialogue, message, now));
  }

  private String reply(BookingDialogue dialogue, String message, Instant now) {
    return switch (dialogue.stage) {
      case CHOOSING_SLOT -> steps.choose(dialogue, message, zonedNow(now));
      case REASON -> steps.takeReason(dialogue, message, now);
      case NAME -> steps.takeName(dialogue, message);
      case DATE_OF_BIRTH -> steps.takeDateOfBirth(dialogue, message);
      case EMAIL -> steps.takeEmail(dialogue, message);
      case CODE -> steps.takeCode(dialogue, message, now);
      case DONE -> throw new IllegalStateException("A finished dialogue takes no message");
    };
  }

  private String startChange(
      String conversationId,
      Optional<BookingDialogue> found,
      DialogueParsing.ChangeRequest change,
      String message,
      Language language,
      Instant now) {
    Goal goal = change.change() == DialogueParsing.Change.CANCEL ? Goal.CANCEL : Goal.RESCHEDULE;
    BookingDialogue dialogue = found.orElseGet(() -> new BookingDialogue(goal, language, now));
    dialogue.restart(goal, language);
    if (!References.isWellFormed(change.reference().toUpperCase(Locale.ROOT))) {
      dialogue.finish();
      return DialogueText.malformedReference(language);
    }
    dialogue.reference = change.reference();
    dialogue.requestedTime = message;
    try {
      dialogues.keep(conversationId, dialogue);
    } catch (InvalidAppointmentRequestException e) {
      return DialogueText.problem(language, e);
    }
    return steps.verifyThenAct(dialogue, now);
  }

  private ZonedDateTime zonedNow(Instant now) {
    return now.atZone(schedules.zone());
  }
}

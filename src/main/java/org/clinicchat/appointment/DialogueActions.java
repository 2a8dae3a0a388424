package org.clinicchat.appointment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.clinicchat.appointment.BookingDialogue.Goal;
import org.clinicchat.appointment.BookingDialogue.Stage;

/**
 * Does what a verified patient asked in the chat: books the chosen slot, moves an appointment, or
 * cancels it, through {@link AppointmentBook}, so that each change is audited and confirmed by
 * email in the patient's language. A slot lost to another patient gets fresh alternatives.
 */
@ApplicationScoped
public class DialogueActions {

  @Inject AppointmentBook book;

  @Inject SlotOffers slotOffers;

  @Inject ClinicSchedules schedules;

  /**
   * Acts on the dialogue's goal with its confirmed check and returns the reply. A move without a
   * chosen slot first offers slots of the appointment's provider and visit type.
   */
  String act(BookingDialogue dialogue, DialogueSteps steps) {
    try {
      return switch (dialogue.goal) {
        case BOOK -> booked(dialogue);
        case RESCHEDULE -> dialogue.chosen == null ? offerMove(dialogue, steps) : moved(dialogue);
        case CANCEL -> cancelled(dialogue);
      };
    } catch (SlotUnavailableException e) {
      return unavailable(dialogue, e);
    } catch (IdentityNotVerifiedException e) {
      dialogue.checkId = null;
      dialogue.stage = Stage.NAME;
      return DialogueText.problem(dialogue.language, e)
          + " "
          + DialogueText.namePrompt(dialogue.language);
    } catch (AppointmentException e) {
      dialogue.finish();
      return DialogueText.problem(dialogue.language, e);
    }
  }

  private String booked(BookingDialogue dialogue) {
    Slot slot = dialogue.chosen;
    BookedAppointment booked =
        book.book(
            dialogue.checkId,
            new SlotRequest(slot.providerId(), slot.visitTypeId(), slot.start()),
            dialogue.reason,
            dialogue.language);
    dialogue.finish();
    return DialogueText.done(dialogue.language, Goal.BOOK, booked, schedules.zone());
  }

  private String moved(BookingDialogue dialogue) {
    BookedAppointment moved =
        book.reschedule(
            dialogue.checkId, dialogue.reference, dialogue.chosen.start(), dialogue.language);
    dialogue.finish();
    return DialogueText.done(dialogue.language, Goal.RESCHEDULE, moved, schedules.zone());
  }

  private String cancelled(BookingDialogue dialogue) {
    BookedAppointment cancelled =
        book.cancel(dialogue.checkId, dialogue.reference, dialogue.language);
    dialogue.finish();
    return DialogueText.done(dialogue.language, Goal.CANCEL, cancelled, schedules.zone());
  }

  /**
   * Finds the patient's own appointment with the reference, then offers slots of its provider and
   * visit type at the time the move request named.
   */
  private String offerMove(BookingDialogue dialogue, DialogueSteps steps) {
    Optional<BookedAppointment> own =
        book.upcoming(dialogue.checkId).stream()
            .filter(appointment -> appointment.reference().equals(dialogue.reference))
            .findFirst();
    if (own.isEmpty()) {
      throw new AppointmentNotFoundException(
          "You have no booked appointment with this reference. Check the reference in your"
              + " confirmation.");
    }
    ClinicSchedule schedule = schedules.current();
    dialogue.providerId =
        schedule.providers().stream()
            .filter(provider -> provider.name().equals(own.get().provider()))
            .findFirst()
            .orElseThrow()
            .id();
    dialogue.visitTypeId =
        schedule.visitTypes().stream()
            .filter(type -> type.name().equals(own.get().visitType()))
            .findFirst()
            .orElseThrow()
            .id();
    return steps.offer(dialogue, dialogue.requestedTime);
  }

  /** Offers up to three free slots like the lost one, read after the failed transaction. */
  private String unavailable(BookingDialogue dialogue, SlotUnavailableException e) {
    List<Slot> alternatives = slotOffers.alternativesTo(e.slot());
    dialogue.stage = Stage.CHOOSING_SLOT;
    dialogue.chosen = null;
    dialogue.offered = alternatives;
    return DialogueText.noLongerAvailable(
        dialogue.language, schedules.current(), schedules.zone(), alternatives);
  }
}

package org.clinicchat.appointment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clinicchat.appointment.BookingDialogue.Goal;
import org.clinicchat.appointment.BookingDialogue.Stage;
import org.clinicchat.patient.InvalidPatientIdentityException;
import org.clinicchat.patient.PersonName;

/**
 * The steps of a booking dialogue before anything is booked: the offer and the patient's pick, the
 * reason, and the identity check. Each step reads one message, moves the dialogue to its next stage
 * and returns the reply. {@link DialogueActions} does what the patient asked once the identity
 * check is confirmed.
 */
@ApplicationScoped
public class DialogueSteps {

  private static final int EARLIEST_BIRTH_YEAR = 1900;

  @Inject SlotOffers slotOffers;

  @Inject ClinicSchedules schedules;

  @Inject IdentityChecks identityChecks;

  @Inject DialogueActions actions;

  /**
   * Offers slots for the visit type, provider and time a message names, keeping from earlier
   * messages what this one does not name.
   */
  String offerFor(BookingDialogue dialogue, String message) {
    ClinicSchedule schedule = schedules.current();
    String text = message.toLowerCase(Locale.ROOT);
    Optional<Provider> named =
        schedule.providers().stream().filter(p -> SlotOffers.namedIn(text, p)).findFirst();
    Optional<String> titled = DialogueParsing.providerTitleName(message);
    if (named.isEmpty() && titled.isPresent()) {
      dialogue.stage = Stage.CHOOSING_SLOT;
      dialogue.offered = List.of();
      return DialogueText.unknownProvider(dialogue.language, titled.get(), schedule.providers());
    }
    named.ifPresent(provider -> dialogue.providerId = provider.id());
    schedule.visitTypes().stream()
        .filter(type -> type.phrases().stream().anyMatch(text::contains))
        .findFirst()
        .ifPresent(type -> dialogue.visitTypeId = type.id());
    if (dialogue.visitTypeId == null) {
      dialogue.visitTypeId = defaultVisitType(schedule, dialogue.providerId).id();
    }
    return offer(dialogue, message);
  }

  /** Offers slots of the dialogue's visit type and provider at the time a message names. */
  String offer(BookingDialogue dialogue, String when) {
    ClinicSchedule schedule = schedules.current();
    VisitType type = SlotOffers.visitType(schedule, dialogue.visitTypeId);
    dialogue.stage = Stage.CHOOSING_SLOT;
    dialogue.offered = List.of();
    if (dialogue.providerId != null) {
      Provider provider = SlotOffers.provider(schedule, dialogue.providerId);
      if (!provider.offers(type.id())) {
        return DialogueText.notOffered(dialogue.language, provider, type);
      }
    }
    SlotOffer offer = slotOffers.offer(type.id(), dialogue.providerId, when, dialogue.language);
    dialogue.offered = offer.slots();
    if (offer.slots().isEmpty()) {
      return offer.text();
    }
    return offer.text() + "\n" + DialogueText.pickPrompt(dialogue.language);
  }

  /**
   * Reads the patient's pick among the offered slots, by number or by time. A message that names
   * another day, time, provider or visit type gets a new offer instead.
   */
  String choose(BookingDialogue dialogue, String message, ZonedDateTime now) {
    Optional<Slot> picked = pick(dialogue, message, now);
    if (picked.isPresent()) {
      dialogue.chosen = picked.get();
      return afterPick(dialogue, now.toInstant());
    }
    TimeRequest asked = TimeExpressions.parse(message, dialogue.language, now);
    boolean namesMore =
        !(asked instanceof TimeRequest.Unspecified)
            || DialogueParsing.providerTitleName(message).isPresent()
            || namesScheduleWord(message);
    if (namesMore) {
      return offerFor(dialogue, message);
    }
    return DialogueText.pickPrompt(dialogue.language);
  }

  private Optional<Slot> pick(BookingDialogue dialogue, String message, ZonedDateTime now) {
    Optional<Integer> number = DialogueParsing.choice(message);
    if (number.isPresent()) {
      int index = number.get() - 1;
      return index < dialogue.offered.size()
          ? Optional.of(dialogue.offered.get(index))
          : Optional.empty();
    }
    if (!(TimeExpressions.parse(message, dialogue.language, now)
            instanceof TimeRequest.Understood asked)
        || asked.time() == null) {
      return Optional.empty();
    }
    return dialogue.offered.stream().filter(slot -> startsAt(slot, asked, now)).findFirst();
  }

  private static boolean startsAt(Slot slot, TimeRequest.Understood asked, ZonedDateTime now) {
    ZonedDateTime start = slot.start().atZone(now.getZone());
    boolean sameDay = asked.firstDay() == null || asked.firstDay().equals(start.toLocalDate());
    return sameDay && start.toLocalTime().equals(asked.time());
  }

  private String afterPick(BookingDialogue dialogue, Instant now) {
    if (dialogue.goal == Goal.BOOK && dialogue.reason == null) {
      dialogue.stage = Stage.REASON;
      return DialogueText.reasonPrompt(dialogue.language);
    }
    return verifyThenAct(dialogue, now);
  }

  /** Reads the reason for the visit, which is PHI: it is kept only until the booking. */
  String takeReason(BookingDialogue dialogue, String message, Instant now) {
    String reason = message.strip();
    if (reason.length() > AppointmentBook.MAX_REASON_LENGTH) {
      return DialogueText.longReason(dialogue.language);
    }
    dialogue.reason = reason;
    return verifyThenAct(dialogue, now);
  }

  /** Acts at once with a confirmed check, else requests the details of a new identity check. */
  String verifyThenAct(BookingDialogue dialogue, Instant now) {
    if (dialogue.verified(now)) {
      return actions.act(dialogue, this);
    }
    dialogue.checkId = null;
    dialogue.stage = Stage.NAME;
    return DialogueText.namePrompt(dialogue.language);
  }

  String takeName(BookingDialogue dialogue, String message) {
    String name = DialogueParsing.name(message);
    if (name.chars().noneMatch(Character::isLetter)
        || name.chars().anyMatch(c -> Character.isDigit(c) || c == '@')) {
      return DialogueText.invalidName(dialogue.language);
    }
    try {
      dialogue.name = PersonName.parse(name).text();
    } catch (InvalidPatientIdentityException e) {
      return DialogueText.invalidName(dialogue.language);
    }
    dialogue.stage = Stage.DATE_OF_BIRTH;
    return DialogueText.dateOfBirthPrompt(dialogue.language);
  }

  String takeDateOfBirth(BookingDialogue dialogue, String message) {
    Optional<LocalDate> date;
    try {
      date = DialogueParsing.dateOfBirth(message, dialogue.language);
    } catch (InvalidAppointmentRequestException e) {
      return DialogueText.impossibleDate(dialogue.language);
    }
    if (date.isEmpty()) {
      return DialogueText.unreadableDate(dialogue.language);
    }
    if (date.get().isAfter(LocalDate.now()) || date.get().getYear() < EARLIEST_BIRTH_YEAR) {
      return DialogueText.implausibleDate(dialogue.language);
    }
    dialogue.dateOfBirth = date.get();
    dialogue.stage = Stage.EMAIL;
    return DialogueText.emailPrompt(dialogue.language);
  }

  String takeEmail(BookingDialogue dialogue, String message) {
    Optional<String> email = DialogueParsing.email(message);
    if (email.isEmpty()) {
      return DialogueText.invalidEmail(dialogue.language);
    }
    dialogue.email = email.get();
    return sendCode(dialogue);
  }

  /** Starts an identity check, which emails the code; a rejected detail starts the details over. */
  private String sendCode(BookingDialogue dialogue) {
    try {
      dialogue.checkId =
          identityChecks.start(dialogue.name, dialogue.dateOfBirth, dialogue.email).id();
    } catch (TooManyCodesException | CodeNotSentException e) {
      dialogue.finish();
      return DialogueText.problem(dialogue.language, e);
    } catch (InvalidAppointmentRequestException e) {
      dialogue.stage = Stage.NAME;
      return DialogueText.problem(dialogue.language, e)
          + " "
          + DialogueText.namePrompt(dialogue.language);
    }
    dialogue.stage = Stage.CODE;
    return DialogueText.codeSent(dialogue.language);
  }

  String takeCode(BookingDialogue dialogue, String message, Instant now) {
    if (DialogueParsing.asksForNewCode(message)) {
      return sendCode(dialogue);
    }
    Optional<String> code = DialogueParsing.code(message);
    if (code.isEmpty()) {
      return DialogueText.codePrompt(dialogue.language);
    }
    try {
      dialogue.confirmed(
          identityChecks.confirm(
              dialogue.checkId, dialogue.name, dialogue.dateOfBirth, dialogue.email, code.get()));
    } catch (WrongCodeException e) {
      return DialogueText.problem(dialogue.language, e);
    } catch (InvalidAppointmentRequestException e) {
      return DialogueText.expiredCode(dialogue.language);
    } catch (AppointmentNotFoundException e) {
      dialogue.stage = Stage.NAME;
      return DialogueText.namePrompt(dialogue.language);
    }
    return actions.act(dialogue, this);
  }

  private static VisitType defaultVisitType(ClinicSchedule schedule, String providerId) {
    Optional<Provider> provider =
        providerId == null ? Optional.empty() : schedule.provider(providerId);
    return schedule.visitTypes().stream()
        .filter(type -> provider.map(p -> p.offers(type.id())).orElse(true))
        .findFirst()
        .orElse(schedule.visitTypes().getFirst());
  }

  /** Returns whether the message names a provider's surname or a visit type's phrase. */
  private boolean namesScheduleWord(String message) {
    ClinicSchedule schedule = schedules.current();
    String text = message.toLowerCase(Locale.ROOT);
    return schedule.providers().stream().anyMatch(p -> SlotOffers.namedIn(text, p))
        || schedule.visitTypes().stream()
            .anyMatch(type -> type.phrases().stream().anyMatch(text::contains));
  }
}

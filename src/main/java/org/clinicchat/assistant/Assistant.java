package org.clinicchat.assistant;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.function.Supplier;
import org.clinicchat.appointment.ChatBooking;
import org.clinicchat.appointment.SlotOffers;
import org.clinicchat.appointment.TimeExpressions;
import org.clinicchat.appointment.TimeRequest;
import org.clinicchat.appointment.TimeRequestText;
import org.clinicchat.safety.EmergencyScreen;
import org.clinicchat.safety.Language;
import org.clinicchat.safety.MaskedText;
import org.clinicchat.safety.MedicalAdviceBoundary;
import org.clinicchat.safety.SensitiveNumbers;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a patient's message, in this order: the emergency screen, which reads the message before
 * anything else does; the refusal to diagnose or prescribe; the clinic's FAQ, as published on its
 * admin page ({@link FaqLibrary}); patient education from MedQuAD; and the clinic's fallback, which
 * offers a person. The assistant never makes up an answer: every text it returns was written by the
 * clinic, by this package, or by the cited source.
 *
 * <p>A FAQ entry matched by a whole phrase wins over education. One matched by a single word only
 * ("medication", "call", "cost") yields to an education answer about a condition or drug the
 * message names, because health questions often contain such words.
 *
 * <p>Answers are in English or Spanish: the language the widget chose, else the language the
 * message is written in. Education answers exist in English only and say so in Spanish. An answer
 * about appointments repeats the day and time the message asked for, in the clinic's time zone
 * ({@code clinicchat.clinic.time-zone}), and offers up to three free slots that match it. In a
 * conversation, that offer starts a booking dialogue ({@link ChatBooking}).
 */
@ApplicationScoped
public class Assistant {

  static final String APPOINTMENTS_TOPIC = "appointments";
  static final String ENGLISH_ONLY_NOTICE =
      "Esta información de salud solo está disponible en inglés:";

  @Inject
  @ConfigProperty(name = "clinicchat.clinic.time-zone", defaultValue = "America/New_York")
  String timeZone;

  @Inject PatientEducation patientEducation;

  @Inject FaqLibrary faqLibrary;

  @Inject SlotOffers slotOffers;

  @Inject ChatBooking chatBooking;

  private final EmergencyScreen emergencyScreen = new EmergencyScreen();
  private final MedicalAdviceBoundary adviceBoundary = new MedicalAdviceBoundary();
  private Supplier<FaqSnapshot> faq;
  private EducationAnswers education;
  private Clock clock = Clock.systemUTC();
  private ZoneId zone;

  protected Assistant() {}

  /** Creates an assistant outside the container, for tests. */
  Assistant(FaqDocument document, EducationAnswers education, Clock clock, ZoneId zone) {
    FaqSnapshot fixed = FaqSnapshot.of(1, document);
    this.faq = () -> fixed;
    this.education = education;
    this.clock = clock;
    this.zone = zone;
  }

  @PostConstruct
  void load() {
    faq = faqLibrary::current;
    education = patientEducation;
    zone = ZoneId.of(timeZone);
  }

  /** Returns the answer to a message, in the language the message is written in. */
  public Reply answer(String message) {
    return answer(null, message, null);
  }

  /** Returns the reply to a message outside a conversation, where nothing is booked. */
  public Reply answer(String message, Language chosen) {
    return answer(null, message, chosen);
  }

  /**
   * Returns the answer to a message in the language the widget chose, or when {@code chosen} is
   * null in the language of the message. When the message contains a social security or card
   * number, the reply tells the patient that it was removed; the caller stores only {@link
   * SensitiveNumbers#mask masked} text. In a conversation ({@code conversationId} not null), a
   * booking dialogue under way or a request to move or cancel an appointment comes right after the
   * emergency screen; see {@link ChatBooking}.
   */
  public Reply answer(String conversationId, String message, Language chosen) {
    MaskedText masked = SensitiveNumbers.mask(message);
    Language language = chosen != null ? chosen : LanguageDetector.detect(masked.text());
    Reply reply =
        emergencyReply(message)
            .or(() -> bookingReply(conversationId, masked.text(), chosen, language))
            .orElseGet(() -> routineAnswer(conversationId, masked.text(), language));
    return masked.changed() ? reply.withNotice(masked.notice()) : reply;
  }

  private Optional<Reply> bookingReply(
      String conversationId, String message, Language chosen, Language detected) {
    if (conversationId == null || chatBooking == null) {
      return Optional.empty();
    }
    return chatBooking
        .continueDialogue(conversationId, message, chosen, detected)
        .map(text -> new Reply(text, APPOINTMENTS_TOPIC));
  }

  /**
   * Returns the fixed emergency reply when the message suggests an emergency, and nothing else:
   * while staff have a conversation, the assistant runs only this screen.
   */
  public Optional<Reply> emergencyReply(String message) {
    return emergencyScreen
        .screen(message)
        .map(found -> new Reply(found.answer(), Reply.EMERGENCY_TOPIC, true, null));
  }

  private Reply routineAnswer(String conversationId, String message, Language language) {
    Optional<String> refusal = adviceBoundary.refusalFor(message);
    if (refusal.isPresent()) {
      return new Reply(refusal.get(), Reply.NO_ADVICE_TOPIC);
    }
    FaqSnapshot current = faq.get();
    Optional<FaqMatcher.Match> match = current.matcher().bestMatch(message);
    if (match.isPresent() && (match.get().strong() || booking(conversationId, match.get()))) {
      return faqReply(conversationId, match.get().entry(), message, language);
    }
    return education
        .answer(message)
        .map(reply -> inLanguage(reply, language))
        .or(() -> match.map(weak -> faqReply(conversationId, weak.entry(), message, language)))
        .orElseGet(() -> new Reply(current.document().fallback(language), null));
  }

  /**
   * Returns whether a match starts a booking dialogue, which wins over education even when only a
   * single word matched: "book an appointment for my cough" requests a visit, not facts about
   * coughs.
   */
  private boolean booking(String conversationId, FaqMatcher.Match match) {
    return conversationId != null
        && chatBooking != null
        && APPOINTMENTS_TOPIC.equals(match.entry().topic());
  }

  private Reply faqReply(String conversationId, FaqEntry entry, String message, Language language) {
    String answer = entry.answer(language);
    if (APPOINTMENTS_TOPIC.equals(entry.topic()) && conversationId != null && chatBooking != null) {
      answer = chatBooking.startBooking(conversationId, message, language);
    } else if (APPOINTMENTS_TOPIC.equals(entry.topic()) && slotOffers != null) {
      answer = slotOffers.offerFor(message, language).text() + " " + answer;
    } else if (APPOINTMENTS_TOPIC.equals(entry.topic())) {
      TimeRequest asked =
          TimeExpressions.parse(message, language, ZonedDateTime.now(clock.withZone(zone)));
      String when = TimeRequestText.describe(asked, language, zone);
      answer = when.isEmpty() ? answer : when + " " + answer;
    }
    return new Reply(answer, entry.topic());
  }

  /** Returns an English education answer as is, or with a notice that it is in English only. */
  private static Reply inLanguage(Reply education, Language language) {
    return language == Language.ENGLISH ? education : education.withPrefix(ENGLISH_ONLY_NOTICE);
  }
}

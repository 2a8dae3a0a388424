package org.clinicchat.assistant;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.clinicchat.safety.Emergency;
import org.clinicchat.safety.EmergencyScreen;
import org.clinicchat.safety.MaskedText;
import org.clinicchat.safety.MedicalAdviceBoundary;
import org.clinicchat.safety.SensitiveNumbers;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a patient's message, in this order: the emergency screen, which reads the message before
 * anything else does; the refusal to diagnose or prescribe; the clinic's FAQ, read at start from
 * the JSON file named by {@code clinicchat.faq.location}; patient education from MedQuAD; and the
 * clinic's fallback, which offers a person. The assistant never makes up an answer: every text it
 * returns was written by the clinic, by this package, or by the cited source.
 *
 * <p>A FAQ entry matched by a whole phrase wins over education. One matched by a single word only
 * ("medication", "call", "cost") yields to an education answer about a condition or drug the
 * message names, because health questions often contain such words.
 */
@ApplicationScoped
public class Assistant {

  static final String PROPERTY_LOCATION = "clinicchat.faq.location";
  private static final Logger LOG = Logger.getLogger(Assistant.class.getName());

  @Inject
  @ConfigProperty(name = PROPERTY_LOCATION)
  String location;

  @Inject PatientEducation patientEducation;

  private final EmergencyScreen emergencyScreen = new EmergencyScreen();
  private final MedicalAdviceBoundary adviceBoundary = new MedicalAdviceBoundary();
  private FaqMatcher matcher;
  private String fallback;
  private EducationAnswers education;

  protected Assistant() {}

  /** Creates an assistant outside the container, for tests. */
  Assistant(FaqMatcher matcher, String fallback, EducationAnswers education) {
    this.matcher = matcher;
    this.fallback = fallback;
    this.education = education;
  }

  @PostConstruct
  void load() {
    FaqDocument document = read(Path.of(location));
    if (document.entries() == null || document.entries().isEmpty() || document.fallback() == null) {
      throw new IllegalStateException(
          "The FAQ file named by " + PROPERTY_LOCATION + " needs entries and a fallback");
    }
    matcher = new FaqMatcher(document.entries());
    fallback = document.fallback();
    education = patientEducation;
    LOG.info(() -> "Loaded " + document.entries().size() + " FAQ entries");
  }

  /**
   * Returns the answer to a message. When the message contains a social security or card number,
   * the reply tells the patient that it was removed; the caller stores only {@link
   * SensitiveNumbers#mask masked} text.
   */
  public Reply answer(String message) {
    Optional<Emergency> emergency = emergencyScreen.screen(message);
    MaskedText masked = SensitiveNumbers.mask(message);
    Reply reply =
        emergency
            .map(found -> new Reply(found.answer(), Reply.EMERGENCY_TOPIC, true, null))
            .orElseGet(() -> routineAnswer(masked.text()));
    return masked.changed() ? reply.withNotice(masked.notice()) : reply;
  }

  private Reply routineAnswer(String message) {
    Optional<String> refusal = adviceBoundary.refusalFor(message);
    if (refusal.isPresent()) {
      return new Reply(refusal.get(), Reply.NO_ADVICE_TOPIC);
    }
    Optional<FaqMatcher.Match> faq = matcher.bestMatch(message);
    if (faq.isPresent() && faq.get().strong()) {
      return faqReply(faq.get().entry());
    }
    return education
        .answer(message)
        .or(() -> faq.map(match -> faqReply(match.entry())))
        .orElseGet(() -> new Reply(fallback, null));
  }

  private static Reply faqReply(FaqEntry entry) {
    return new Reply(entry.answer(), entry.topic());
  }

  private static FaqDocument read(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        Jsonb jsonb = JsonbBuilder.create()) {
      return jsonb.fromJson(reader, FaqDocument.class);
    } catch (Exception e) {
      throw new IllegalStateException(
          "Cannot read the FAQ from the file named by " + PROPERTY_LOCATION, e);
    }
  }
}

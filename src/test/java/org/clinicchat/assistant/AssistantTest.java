package org.clinicchat.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.clinicchat.education.EducationIndex;
import org.clinicchat.education.EducationSearch;
import org.clinicchat.safety.Language;
import org.clinicchat.testing.MedicalData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The order in which the assistant answers, on the clinic's real FAQ and an education index of the
 * CDC slice of MedQuAD.
 */
class AssistantTest {

  @TempDir static Path index;

  private static EducationSearch search;
  private static Assistant assistant;
  private static String fallback;
  private static String spanishFallback;

  /** Friday, December 4, 2026, 14:00 in New York. */
  private static final Instant NOW = Instant.parse("2026-12-04T19:00:00Z");

  private static final ZoneId CLINIC_ZONE = ZoneId.of("America/New_York");

  @BeforeAll
  static void setUp() throws Exception {
    Path faq = Path.of(System.getProperty("basedir", "."), "server-config", "clinic-faq.json");
    FaqDocument document;
    try (Reader reader = Files.newBufferedReader(faq, StandardCharsets.UTF_8);
        Jsonb jsonb = JsonbBuilder.create()) {
      document = jsonb.fromJson(reader, FaqDocument.class);
    }
    EducationIndex.rebuild(MedicalData.resolve("medquad/9_CDC_QA"), index, p -> {});
    search = EducationSearch.open(index);
    fallback = document.fallback(Language.ENGLISH);
    spanishFallback = document.fallback(Language.SPANISH);
    assistant =
        new Assistant(
            document,
            question -> PatientEducation.answerFrom(search, question),
            Clock.fixed(NOW, ZoneOffset.UTC),
            CLINIC_ZONE);
  }

  @AfterAll
  static void tearDown() throws Exception {
    search.close();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "What are your hours?                 | hours",
        "Are you open on Saturday?            | hours",
        "Where are you located?               | address",
        "What is your phone number?           | phone",
        "where do I park                      | parking",
        "Do you take Medicare?                | insurance",
        "I need a refill of my prescription   | refills",
        "Can I pay my bill by phone?          | billing"
      })
  void clinicQuestionGetsFaqAnswer(String question, String topic) {
    Reply reply = assistant.answer(question);

    assertEquals(topic, reply.topic());
    assertFalse(reply.emergency());
  }

  @Test
  void healthQuestionGetsEducationWithSource() {
    Reply reply = assistant.answer("What are the symptoms of rabies?");

    assertEquals(Reply.EDUCATION_TOPIC, reply.topic());
    assertEquals("http://www.cdc.gov/rabies/", reply.source().url());
    assertTrue(
        reply
            .text()
            .contains(
                "Centers for Disease Control and Prevention (CDC), "
                    + "http://www.cdc.gov/rabies/"),
        reply.text());
  }

  @Test
  void misspelledConditionGetsEducation() {
    Reply reply = assistant.answer("What are the symptoms of rabbies?");

    assertEquals(Reply.EDUCATION_TOPIC, reply.topic());
    assertEquals("http://www.cdc.gov/rabies/", reply.source().url());
  }

  @Test
  void singleFaqWordYieldsToNamedCondition() {
    Reply reply = assistant.answer("Is there a medication for rabies?");

    assertEquals(Reply.EDUCATION_TOPIC, reply.topic());
  }

  @Test
  void emergencyAnsweredBeforeFaq() {
    Reply reply = assistant.answer("What are your hours? I have crushing chest pain");

    assertEquals(Reply.EMERGENCY_TOPIC, reply.topic());
    assertTrue(reply.emergency());
    assertTrue(reply.text().contains("Call 911"));
  }

  @Test
  void diagnosisRequestRefused() {
    Reply reply = assistant.answer("Can you diagnose my rabies?");

    assertEquals(Reply.NO_ADVICE_TOPIC, reply.topic());
    assertTrue(reply.text().startsWith("I can't diagnose"));
  }

  @Test
  void socialSecurityNumberRemovedAndExplained() {
    Reply reply = assistant.answer("my ssn is 123-45-6789, what are your hours?");

    assertEquals("hours", reply.topic());
    assertTrue(reply.text().contains("I removed the social security number"), reply.text());
    assertFalse(reply.text().contains("6789"));
  }

  @Test
  void unknownQuestionGetsFallback() {
    Reply reply = assistant.answer("What is the capital of France?");

    assertEquals(fallback, reply.text());
    assertNull(reply.topic());
  }

  @Test
  void conditionNotInSourcesGetsFallbackNotAGuess() {
    Reply reply = assistant.answer("Tell me about osteoporosis in older women");

    assertNull(reply.topic());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvFileSource(resources = "/assistant/intents.csv", delimiter = '|', numLinesToSkip = 1)
  void intentRecognized(String message, String topic) {
    assertEquals(topic, assistant.answer(message).topic());
  }

  @Test
  void spanishMessageGetsSpanishAnswer() {
    Reply reply = assistant.answer("¿Cuál es su horario?");

    assertTrue(reply.text().startsWith("Abrimos de lunes a viernes"), reply.text());
  }

  @Test
  void widgetLanguageWinsOverDetection() {
    Reply reply = assistant.answer("What are your hours?", Language.SPANISH);

    assertTrue(reply.text().startsWith("Abrimos de lunes a viernes"), reply.text());
  }

  @Test
  void spanishUnknownQuestionGetsSpanishFallback() {
    Reply reply = assistant.answer("¿Cuál es la capital de Francia?");

    assertEquals(spanishFallback, reply.text());
  }

  @Test
  void spanishEducationAnswerSaysEnglishOnly() {
    Reply reply = assistant.answer("What are the symptoms of rabies?", Language.SPANISH);

    assertTrue(reply.text().startsWith(Assistant.ENGLISH_ONLY_NOTICE), reply.text());
  }

  @Test
  void appointmentAnswerRepeatsRequestedDay() {
    Reply reply = assistant.answer("Can I book an appointment next Tuesday afternoon?");

    assertTrue(
        reply
            .text()
            .startsWith(
                "You asked about Tuesday, December 8, 2026, in the afternoon (clinic time,"
                    + " America/New_York)."),
        reply.text());
  }

  @Test
  void spanishAppointmentAnswerRepeatsRequestedDay() {
    Reply reply = assistant.answer("Quiero una cita mañana por la mañana");

    assertTrue(
        reply
            .text()
            .startsWith(
                "Usted pidió el sábado 5 de diciembre de 2026, por la mañana (hora de la"
                    + " clínica, America/New_York)."),
        reply.text());
  }

  @Test
  void impossibleDateGetsClearAnswer() {
    Reply reply = assistant.answer("I need an appointment on February 30");

    assertTrue(
        reply.text().startsWith("\"february 30\" is not a date on the calendar."), reply.text());
  }

  @Test
  void longAnswerShortenedWithLink() {
    String text = "A sentence of words. ".repeat(100);

    String excerpt = EducationReplies.excerpt(text);

    assertTrue(excerpt.length() <= EducationReplies.MAX_EXCERPT_LENGTH + 2, excerpt);
    assertTrue(excerpt.endsWith("words. …"), excerpt);
  }
}

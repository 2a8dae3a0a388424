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
import org.clinicchat.education.EducationIndex;
import org.clinicchat.education.EducationSearch;
import org.clinicchat.testing.MedicalData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
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
    fallback = document.fallback();
    assistant =
        new Assistant(
            new FaqMatcher(document.entries()),
            fallback,
            question -> PatientEducation.answerFrom(search, question));
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

  @Test
  void longAnswerShortenedWithLink() {
    String text = "A sentence of words. ".repeat(100);

    String excerpt = EducationReplies.excerpt(text);

    assertTrue(excerpt.length() <= EducationReplies.MAX_EXCERPT_LENGTH + 2, excerpt);
    assertTrue(excerpt.endsWith("words. …"), excerpt);
  }
}

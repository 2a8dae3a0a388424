package org.clinicchat.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The FAQ matcher against the clinic's real FAQ file, read with JSON-B as the server reads it. */
class FaqMatcherTest {

  private static FaqMatcher matcher;

  @BeforeAll
  static void loadClinicFaq() throws Exception {
    matcher = new FaqMatcher(ClinicFaqFile.read().entries());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "What are your hours?                 | hours",
        "Are you open on Saturday?            | hours",
        "Where are you located?               | address",
        "How do I get to the clinic?          | address",
        "What is your phone number?           | phone",
        "where do I park                      | parking",
        "Do you take Medicare?                | insurance",
        "Is my plan in network?               | insurance",
        "I need a refill of my prescription   | refills",
        "Can you renew my medication?         | refills",
        "I have a question about my bill      | billing",
        "Can I pay my bill by phone?          | billing"
      })
  void topic(String question, String topic) {
    assertEquals(Optional.of(topic), topicOf(question));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "¿A qué hora abren?                   | hours",
        "¿Dónde están ubicados?               | address",
        "¿Tienen estacionamiento?             | parking",
        "¿Aceptan mi seguro médico?           | insurance",
        "Necesito renovar mi receta           | refills",
        "Tengo una pregunta sobre mi factura  | billing"
      })
  void spanishTopic(String question, String topic) {
    assertEquals(Optional.of(topic), topicOf(question));
  }

  @Test
  void unrelated() {
    assertEquals(Optional.empty(), topicOf("What is the capital of France?"));
  }

  @Test
  void empty() {
    assertEquals(Optional.empty(), topicOf("?!"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "WHERE ARE YOU LOCATED???      | address",
        "wHeRe Do I pArK               | parking",
        "Do you accept Médicare?       | insurance",
        "Hôurs, please!                | hours",
        "what-time...do you close      | hours",
        "(billing)/invoice;statement   | billing",
        "  refills   prescriptions     | refills"
      })
  void normalized(String question, String topic) {
    assertEquals(Optional.of(topic), topicOf(question));
  }

  private static Optional<String> topicOf(String question) {
    return matcher.match(question).map(FaqEntry::topic);
  }
}

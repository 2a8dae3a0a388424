package org.clinicchat.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.clinicchat.safety.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The language of short patient messages, as typed into the chat. */
class LanguageDetectorTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "What are your hours?                  | ENGLISH",
        "Can I talk to a person                | ENGLISH",
        "ok                                    | ENGLISH",
        "¿Cuál es su horario?                  | SPANISH",
        "necesito una cita para el viernes     | SPANISH",
        "donde estan ubicados                  | SPANISH",
        "Hola                                  | SPANISH",
        "mañana                                | SPANISH",
        "Quiero hablar con una persona         | SPANISH",
        "I need a refill for my medicamento    | ENGLISH"
      })
  void detect(String message, Language expected) {
    assertEquals(expected, LanguageDetector.detect(message));
  }
}

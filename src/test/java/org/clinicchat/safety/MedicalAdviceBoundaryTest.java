package org.clinicchat.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Requests for a diagnosis or a prescription, and questions that only look like them. */
class MedicalAdviceBoundaryTest {

  private final MedicalAdviceBoundary boundary = new MedicalAdviceBoundary();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Can you diagnose my rash?                        | ENGLISH",
        "What do I have? I have a fever and a cough        | ENGLISH",
        "Do I have diabetes?                               | ENGLISH",
        "Could you prescribe me antibiotics?               | ENGLISH",
        "What medicine should I take for a headache?       | ENGLISH",
        "How many ibuprofen should I take?                 | ENGLISH",
        "Should I stop taking my medication?               | ENGLISH",
        "¿Qué tengo? Me duele la garganta                  | SPANISH",
        "¿Me puede recetar un antibiótico?                 | SPANISH",
        "¿Qué medicina debo tomar para la gripe?           | SPANISH",
        "¿Cuántas pastillas debo tomar?                    | SPANISH",
        "What are your hours?                              | NONE",
        "I need a refill of my prescription                | NONE",
        "What do I have to bring to my appointment?        | NONE",
        "Do I have an appointment tomorrow?                | NONE",
        "How is diabetes diagnosed?                        | NONE",
        "What are the symptoms of the flu?                 | NONE",
        "¿Qué tengo que llevar a mi cita?                  | NONE"
      })
  void request(String message, String expected) {
    Optional<String> answer = boundary.refusalFor(message);

    Optional<String> expectedAnswer =
        switch (expected) {
          case "ENGLISH" -> Optional.of(MedicalAdviceBoundary.ENGLISH_ANSWER);
          case "SPANISH" -> Optional.of(MedicalAdviceBoundary.SPANISH_ANSWER);
          default -> Optional.empty();
        };
    assertEquals(expectedAnswer, answer);
  }
}

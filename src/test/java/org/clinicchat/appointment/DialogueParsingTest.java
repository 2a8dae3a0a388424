package org.clinicchat.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.clinicchat.appointment.DialogueParsing.Change;
import org.clinicchat.appointment.DialogueParsing.ChangeRequest;
import org.clinicchat.safety.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The parts of a booking dialogue read from patients' chat messages in English and Spanish. */
class DialogueParsingTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "move my appointment 7K2M9QXA to Friday          | RESCHEDULE | 7K2M9QXA",
        "Can I reschedule 7k2m9qxa for next Tuesday?     | RESCHEDULE | 7K2M9QXA",
        "Please cancel appointment ABCDEFGH              | CANCEL     | ABCDEFGH",
        "cancel my appointment ABC123                    | CANCEL     | ABC123",
        "quiero cambiar mi cita 7K2M9QXA al viernes      | RESCHEDULE | 7K2M9QXA",
        "cancelar la cita 7K2M9QXA                       | CANCEL     | 7K2M9QXA",
        "Cancele la referencia 7K2M9QXA, por favor       | CANCEL     | 7K2M9QXA"
      })
  void changeWithReference(String message, Change change, String reference) {
    assertEquals(
        Optional.of(new ChangeRequest(change, reference)), DialogueParsing.change(message));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "cancel my appointment tomorrow",
        "I want to move my appointment",
        "Can I book an appointment with Dr. Rivera next Tuesday?",
        "what is appointment 7K2M9QXA about",
        "change of address"
      })
  void noChange(String message) {
    assertEquals(Optional.empty(), DialogueParsing.change(message));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2                  | 2",
        "1.                 | 1",
        "option 3           | 3",
        "number 2 please    | 2",
        "#1                 | 1",
        "the second one     | 2",
        "First              | 1",
        "la segunda         | 2",
        "la 3               | 3",
        "opción 1           | 1",
        "el primero         | 1"
      })
  void choiceByNumber(String message, int position) {
    assertEquals(Optional.of(position), DialogueParsing.choice(message));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2:30 pm", "10", "on Friday", "Tuesday at 2", "12", "second opinion"})
  void noChoice(String message) {
    assertEquals(Optional.empty(), DialogueParsing.choice(message));
  }

  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource(
      delimiter = '|',
      value = {
        "1980-04-02                     | en | 1980-04-02",
        "It's 1980-4-2                  | en | 1980-04-02",
        "04/02/1980                     | en | 1980-04-02",
        "02/04/1980                     | es | 1980-04-02",
        "April 2, 1980                  | en | 1980-04-02",
        "apr 2nd 1980                   | en | 1980-04-02",
        "2 April 1980                   | en | 1980-04-02",
        "2 de abril de 1980             | es | 1980-04-02",
        "nací el 12 de octubre de 1975  | es | 1975-10-12"
      })
  void dateOfBirth(String message, String language, LocalDate expected) {
    Language chosen = Language.fromCode(language).orElseThrow();

    assertEquals(Optional.of(expected), DialogueParsing.dateOfBirth(message, chosen));
  }

  @Test
  void impossibleBirthDateRejected() {
    InvalidAppointmentRequestException e =
        assertThrows(
            InvalidAppointmentRequestException.class,
            () -> DialogueParsing.dateOfBirth("1980-02-30", Language.ENGLISH));

    assertEquals(
        "That is not a date on the calendar. Write the date of birth as YYYY-MM-DD.",
        e.getMessage());
  }

  @Test
  void monthThirteenRejected() {
    assertThrows(
        InvalidAppointmentRequestException.class,
        () -> DialogueParsing.dateOfBirth("13/02/1980", Language.ENGLISH));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"yesterday", "1980", "April 1980", "Smarch 3, 1980"})
  void noDateOfBirth(String message) {
    assertEquals(Optional.empty(), DialogueParsing.dateOfBirth(message, Language.ENGLISH));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "123456                 | 123456",
        "my code is 012 345     | 012345",
        "código: 987-654.       | 987654"
      })
  void code(String message, String expected) {
    assertEquals(Optional.of(expected), DialogueParsing.code(message));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"12345", "1234567", "no code yet", "phone 555 123 4567"})
  void noCode(String message) {
    assertEquals(Optional.empty(), DialogueParsing.code(message));
  }

  @Test
  void emailInSentence() {
    assertEquals(
        Optional.of("maria.lopez+clinic@example.org"),
        DialogueParsing.email("It is maria.lopez+clinic@example.org, thanks"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"maria at example dot org", "maria@", "@example.org", "maria@example"})
  void noEmail(String message) {
    assertEquals(Optional.empty(), DialogueParsing.email(message));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "My name is Maria Lopez.      | Maria Lopez",
        "me llamo José Núñez          | José Núñez",
        "Soy Ana Pérez                | Ana Pérez",
        "Maria Lopez                  | Maria Lopez"
      })
  void name(String message, String expected) {
    assertEquals(expected, DialogueParsing.name(message));
  }

  @Test
  void reasonAfterBecause() {
    assertEquals(
        Optional.of("my knee hurts after running"),
        DialogueParsing.reason("Book a check-up on Friday because my knee hurts after running"));
  }

  @Test
  void reasonAfterPorque() {
    assertEquals(
        Optional.of("tengo tos"),
        DialogueParsing.reason("Quiero una cita el viernes porque tengo tos"));
  }

  @Test
  void noReasonWithoutMarker() {
    assertEquals(
        Optional.empty(), DialogueParsing.reason("Book a check-up for next Tuesday afternoon"));
  }

  @Test
  void providerAfterTitle() {
    assertEquals(
        Optional.of("house"), DialogueParsing.providerTitleName("with Dr. House on Monday"));
  }

  @Test
  void providerAfterSpanishTitle() {
    assertEquals(Optional.of("chen"), DialogueParsing.providerTitleName("con la Dra. Chen"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"stop", "Never mind", "cancel", "olvídalo", "Basta."})
  void stop(String message) {
    assertTrue(DialogueParsing.isStop(message));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"stop the pain", "2", "cancel appointment 7K2M9QXA"})
  void notStop(String message) {
    assertFalse(DialogueParsing.isStop(message));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"new code please", "Can you resend it?", "quiero un nuevo código"})
  void newCode(String message) {
    assertTrue(DialogueParsing.asksForNewCode(message));
  }
}

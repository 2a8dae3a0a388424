package org.clinicchat.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** The emergency screen against a table of phrasings in English and Spanish. */
class EmergencyScreenTest {

  private final EmergencyScreen screen = new EmergencyScreen();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvFileSource(resources = "/safety/emergency-phrasings.csv", delimiter = '|', numLinesToSkip = 1)
  void phrasing(String message, String expected) {
    Optional<String> kind = screen.screen(message).map(emergency -> emergency.kind().name());

    assertEquals("NONE".equals(expected) ? Optional.empty() : Optional.of(expected), kind);
  }

  @Test
  void spanishMessageGetsSpanishAnswer() {
    Emergency emergency = screen.screen("No puedo respirar").orElseThrow();

    assertEquals(Language.SPANISH, emergency.language());
    assertTrue(emergency.answer().contains("Llame al 911"));
  }

  @Test
  void everyAnswerNamesAllThreeNumbers() {
    for (EmergencyKind kind : EmergencyKind.values()) {
      for (Language language : Language.values()) {
        String answer = new Emergency(kind, language).answer();
        assertTrue(answer.contains("911"), kind + " " + language + " lacks 911");
        assertTrue(answer.contains("988"), kind + " " + language + " lacks 988");
        assertTrue(
            answer.contains("1-800-222-1222"), kind + " " + language + " lacks Poison Control");
      }
    }
  }

  @Test
  void selfHarmAnswerLeadsWithCrisisLine() {
    String answer = screen.screen("I want to end my life").orElseThrow().answer();

    assertTrue(answer.startsWith("You are not alone. Call or text 988"));
  }

  @Test
  void emptyAndBlankMessagesAreNoEmergency() {
    assertFalse(screen.screen("").isPresent());
    assertFalse(screen.screen("   \n ").isPresent());
    assertFalse(screen.screen(null).isPresent());
  }

  @Test
  void longHostileInputIsScreenedQuickly() {
    String noise = "no ".repeat(2000) + "chest " + "x".repeat(4000);

    long start = System.nanoTime();
    screen.screen(noise);
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertTrue(millis < 2000, "screening took " + millis + " ms");
  }
}

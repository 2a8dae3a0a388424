package org.clinicchat.breach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.clinicchat.safety.Language;
import org.junit.jupiter.api.Test;

/**
 * The notice letter contains every element of 45 CFR 164.404(c) in English and Spanish. Discovery
 * is "today" of a fixed clock in the clinic's zone: 2026-12-05T02:00Z is December 4 in New York.
 */
class NoticeLetterTest {

  private static final LocalDate DISCOVERED =
      new ClinicCalendar(
              Clock.fixed(Instant.parse("2026-12-05T02:00:00Z"), ZoneOffset.UTC),
              ZoneId.of("America/New_York"))
          .today();
  private static final LocalDate BREACH = LocalDate.of(2026, 11, 28);

  private static final NoticeContent CONTENT =
      new NoticeContent(
          "A laptop holding chat exports was stolen.",
          Set.of(PhiKind.NAME, PhiKind.CHAT_MESSAGES),
          "Watch for messages that claim to come from the clinic.",
          "We reported the theft to the police and now encrypt every laptop.");

  private static final ClinicContact CONTACT =
      new ClinicContact(
          "Example Family Clinic",
          "1-800-555-0199",
          Optional.of("privacy@example-clinic.org"),
          Optional.of("https://www.example-clinic.org/privacy"),
          Optional.of("1 Main Street, Springfield, NY 10001"));

  @Test
  void englishStatesWhatHappened() {
    String letter = english();

    assertTrue(letter.contains("What happened\nA laptop holding chat exports was stolen."), letter);
  }

  @Test
  void englishStatesBreachAndDiscoveryDates() {
    assertTrue(
        english()
            .contains(
                "The breach happened on November 28, 2026 and was discovered on December 4, 2026."),
        english());
  }

  @Test
  void englishNamesKindsOfPhi() {
    assertTrue(
        english()
            .contains(
                "The information involved was: full name; the messages you wrote in the clinic's"
                    + " online chat, which may describe your health."),
        english());
  }

  @Test
  void englishStatesStepsForIndividuals() {
    assertTrue(
        english()
            .contains(
                "What you should do to protect yourself\n"
                    + "Watch for messages that claim to come from the clinic."));
  }

  @Test
  void englishStatesClinicResponse() {
    assertTrue(
        english()
            .contains(
                "reduce the harm to you and prevent it from happening again\n"
                    + "We reported the theft to the police and now encrypt every laptop."));
  }

  @Test
  void englishGivesEveryContact() {
    String letter = english();

    assertTrue(letter.contains("Call us toll-free at 1-800-555-0199."));
    assertTrue(letter.contains("Email: privacy@example-clinic.org"));
    assertTrue(letter.contains("Website: https://www.example-clinic.org/privacy"));
    assertTrue(letter.contains("Mail: 1 Main Street, Springfield, NY 10001"));
  }

  @Test
  void spanishStatesDates() {
    assertTrue(
        spanish()
            .contains(
                "La violación ocurrió el 28 de noviembre de 2026 y se descubrió el 4 de diciembre"
                    + " de 2026."),
        spanish());
  }

  @Test
  void spanishHasEveryHeading() {
    String letter = spanish();

    assertTrue(letter.contains("Qué sucedió\n"));
    assertTrue(letter.contains("Qué información estuvo involucrada\n"));
    assertTrue(letter.contains("Qué debe hacer usted para protegerse\n"));
    assertTrue(letter.contains("Qué estamos haciendo para investigar la violación"));
    assertTrue(letter.contains("Cómo comunicarse con nosotros\n"));
  }

  @Test
  void spanishNamesKindsOfPhi() {
    assertTrue(
        spanish().contains("La información involucrada fue: nombre completo; los mensajes"),
        spanish());
  }

  @Test
  void spanishGivesTollFreeNumber() {
    assertTrue(spanish().contains("Llámenos gratis al 1-800-555-0199."));
  }

  @Test
  void unknownBreachDateSaidSo() {
    String letter =
        NoticeLetter.write(
            new LetterFacts(null, DISCOVERED, CONTENT, false), CONTACT, Language.ENGLISH);

    assertTrue(
        letter.contains(
            "The breach happened on a date we have not been able to determine and was discovered"),
        letter);
  }

  @Test
  void drillLetterMarked() {
    String letter =
        NoticeLetter.write(
            new LetterFacts(BREACH, DISCOVERED, CONTENT, true), CONTACT, Language.SPANISH);

    assertTrue(letter.startsWith("SIMULACRO: carta de práctica. No la envíe."), letter);
  }

  @Test
  void realLetterNotMarkedAsDrill() {
    assertFalse(english().contains("DRILL"));
  }

  @Test
  void incompleteContentRejected() {
    NoticeContent noKinds =
        new NoticeContent("Stolen laptop.", Set.of(), "Watch your mail.", "We encrypt laptops.");

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                NoticeLetter.write(
                    new LetterFacts(BREACH, DISCOVERED, noKinds, false),
                    CONTACT,
                    Language.ENGLISH));

    assertEquals("The notice content is incomplete", e.getMessage());
  }

  @Test
  void contactWithoutTollFreeNumberRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new ClinicContact(
                    "Example Family Clinic",
                    " ",
                    Optional.of("privacy@example-clinic.org"),
                    Optional.empty(),
                    Optional.empty()));

    assertEquals("The toll-free telephone number is missing", e.getMessage());
  }

  @Test
  void contactWithOnlyPhoneRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new ClinicContact(
                    "Example Family Clinic",
                    "1-800-555-0199",
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()));

    assertEquals(
        "An email address, website or postal address is missing: give at least one",
        e.getMessage());
  }

  private static String english() {
    return NoticeLetter.write(
        new LetterFacts(BREACH, DISCOVERED, CONTENT, false), CONTACT, Language.ENGLISH);
  }

  private static String spanish() {
    return NoticeLetter.write(
        new LetterFacts(BREACH, DISCOVERED, CONTENT, false), CONTACT, Language.SPANISH);
  }
}

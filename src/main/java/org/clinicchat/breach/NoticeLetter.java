package org.clinicchat.breach;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.clinicchat.safety.Language;

/**
 * Writes the notice letter to individuals as plain text, with each element that 45 CFR 164.404(c)
 * requires under its own heading. The elements are what happened with the dates of breach and
 * discovery, the kinds of PHI involved, and the steps individuals should take. Then come what the
 * clinic is doing to investigate, mitigate and prevent, and how to reach it, with a toll-free
 * number.
 *
 * <p>TODO: the text the privacy officer writes (what happened, steps, the clinic's response) goes
 * into the Spanish letter as written; the register keeps one version of it, not one per language.
 */
public final class NoticeLetter {

  private NoticeLetter() {}

  /**
   * Returns the letter in the language.
   *
   * @throws IllegalArgumentException if the notice content is incomplete
   */
  public static String write(LetterFacts facts, ClinicContact contact, Language language) {
    if (!facts.content().isComplete()) {
      throw new IllegalArgumentException("The notice content is incomplete");
    }
    Wording words = language == Language.SPANISH ? Wording.SPANISH : Wording.ENGLISH;
    DateTimeFormatter dates =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
    NoticeContent content = facts.content();

    StringBuilder letter = new StringBuilder();
    if (facts.drill()) {
      letter.append(words.drill).append("\n\n");
    }
    letter.append(contact.clinicName()).append('\n');
    letter.append(words.title).append("\n\n");
    letter.append(words.greeting).append("\n\n");

    section(letter, words.whatHappened, content.whatHappened().strip());
    letter
        .append(
            String.format(
                words.dates,
                date(facts.breachOn(), dates, words),
                dates.format(facts.discoveredOn())))
        .append("\n\n");
    section(letter, words.phiInvolved, words.phiIntro + phiKinds(content, language) + ".");
    section(letter, words.steps, content.individualSteps().strip());
    section(letter, words.clinicResponse, content.clinicResponse().strip());
    section(letter, words.contact, contactLines(contact, words));

    letter.append(words.closing).append('\n').append(contact.clinicName()).append('\n');
    return letter.toString();
  }

  private static void section(StringBuilder letter, String heading, String body) {
    letter.append(heading).append('\n').append(body).append("\n\n");
  }

  private static String date(LocalDate date, DateTimeFormatter dates, Wording words) {
    return date == null ? words.unknownDate : words.onDate + dates.format(date);
  }

  private static String phiKinds(NoticeContent content, Language language) {
    return content.phiKinds().stream()
        .sorted(Comparator.naturalOrder())
        .map(kind -> kind.label(language))
        .collect(Collectors.joining("; "));
  }

  private static String contactLines(ClinicContact contact, Wording words) {
    StringBuilder lines =
        new StringBuilder(String.format(words.tollFree, contact.tollFreeNumber()));
    contact.email().ifPresent(email -> lines.append('\n').append(words.email).append(email));
    contact.website().ifPresent(site -> lines.append('\n').append(words.website).append(site));
    contact
        .postalAddress()
        .ifPresent(address -> lines.append('\n').append(words.postalAddress).append(address));
    return lines.toString();
  }

  /** The fixed text of a letter in one language. */
  private record Wording(
      String drill,
      String title,
      String greeting,
      String whatHappened,
      String dates,
      String onDate,
      String unknownDate,
      String phiInvolved,
      String phiIntro,
      String steps,
      String clinicResponse,
      String contact,
      String tollFree,
      String email,
      String website,
      String postalAddress,
      String closing) {

    static final Wording ENGLISH =
        new Wording(
            "DRILL: a practice letter. Do not send it.",
            "Notice of a breach of your health information",
            "Dear patient,",
            "What happened",
            "The breach happened %s and was discovered on %s.",
            "on ",
            "on a date we have not been able to determine",
            "What information was involved",
            "The information involved was: ",
            "What you should do to protect yourself",
            "What we are doing to investigate the breach, reduce the harm to you and prevent it"
                + " from happening again",
            "How to reach us",
            "Call us toll-free at %s.",
            "Email: ",
            "Website: ",
            "Mail: ",
            "Sincerely,");

    static final Wording SPANISH =
        new Wording(
            "SIMULACRO: carta de práctica. No la envíe.",
            "Aviso de una violación de la seguridad de su información de salud",
            "Estimado/a paciente:",
            "Qué sucedió",
            "La violación ocurrió %s y se descubrió el %s.",
            "el ",
            "en una fecha que no hemos podido determinar",
            "Qué información estuvo involucrada",
            "La información involucrada fue: ",
            "Qué debe hacer usted para protegerse",
            "Qué estamos haciendo para investigar la violación, reducir el daño y evitar que vuelva"
                + " a ocurrir",
            "Cómo comunicarse con nosotros",
            "Llámenos gratis al %s.",
            "Correo electrónico: ",
            "Sitio web: ",
            "Correo postal: ",
            "Atentamente,");
  }
}

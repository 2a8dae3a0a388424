package org.clinicchat.appointment;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicchat.safety.Language;

/**
 * Reads the parts of a booking dialogue from a patient's chat message, in English or Spanish. The
 * parts are a requested change with its reference, the pick among offered slots, the reason for the
 * visit, the date of birth, the email address and the one-time code. It stores nothing.
 */
final class DialogueParsing {

  /** A change of a booked appointment that a message requests. */
  enum Change {
    RESCHEDULE,
    CANCEL
  }

  /**
   * A request to move or cancel the appointment with a reference.
   *
   * @param change what to do
   * @param reference the reference as typed, upper-cased; it may not be well formed
   */
  record ChangeRequest(Change change, String reference) {}

  private static final Pattern CANCEL =
      Pattern.compile("\\b(cancel\\w*|call off|cancelar\\w*|anular\\w*)\\b");
  private static final Pattern RESCHEDULE =
      Pattern.compile(
          "\\b(move|reschedul\\w*|change|postpone|mover\\w*|muev\\w+|cambi\\w+|reprogram\\w*"
              + "|pasar\\w*|pase)\\b");
  private static final Pattern REFERENCE_WORD =
      Pattern.compile(
          "\\b(?:appointment|reference|ref|cita|referencia)\\s*(?:#|no\\.?|n\\.?º)?\\s*"
              + "([a-z0-9]{6,10})\\b");
  private static final Pattern REFERENCE_SHAPE = Pattern.compile("\\b([a-z0-9]{8})\\b");
  private static final Pattern CROCKFORD = Pattern.compile("[0-9a-hjkmnp-tv-z]{8}");
  private static final Pattern STOP =
      Pattern.compile(
          "^(stop|quit|cancel|never ?mind|forget it|start over|cancelar|basta|olvídalo|olvidalo|déjalo|dejalo"
              + "|no importa|empezar de nuevo)[.!]*$");
  private static final Pattern NEW_CODE =
      Pattern.compile(
          "\\b(new code|another code|resend|nuevo código|nuevo codigo|otro código"
              + "|otro codigo|reenviar)\\b");
  private static final Pattern CODE =
      Pattern.compile("(?<!\\d[ -]?)(\\d{3})[ -]?(\\d{3})(?![ -]?\\d)");
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
  private static final Pattern NUMBER_CHOICE =
      Pattern.compile(
          "^(?:(?:option|number|no\\.?|#|la|el|opción|opcion|número|numero|the)\\s*)?([1-9])"
              + "(?:st|nd|rd|th|º|ª)?(?:\\s+(?:please|por favor|one|option|opción|opcion))?[.!]*$");
  private static final Map<String, Integer> ORDINALS =
      Map.ofEntries(
          Map.entry("first", 1),
          Map.entry("second", 2),
          Map.entry("third", 3),
          Map.entry("primera", 1),
          Map.entry("primero", 1),
          Map.entry("segunda", 2),
          Map.entry("segundo", 2),
          Map.entry("tercera", 3),
          Map.entry("tercero", 3));
  private static final Pattern ORDINAL_CHOICE =
      Pattern.compile(
          "^(?:the\\s+|la\\s+|el\\s+)?(first|second|third|primera|primero|segunda|segundo"
              + "|tercera|tercero)(?:\\s+(?:one|option|opción|opcion|time|hora))?"
              + "(?:\\s+(?:please|por favor))?[.!]*$");
  private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b");
  private static final Pattern SLASH_DATE =
      Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})\\b");
  private static final Pattern ENGLISH_DATE =
      Pattern.compile("\\b([a-z]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
  private static final Pattern DAY_FIRST_DATE =
      Pattern.compile("\\b(\\d{1,2})(?:\\s+de|\\s+of)?\\s+([a-z]+)(?:\\s+de|,)?\\s+(\\d{4})\\b");
  private static final Pattern REASON =
      Pattern.compile(
          "\\b(?:because(?: of)?|due to|the reason is|reason:|porque|debido a|el motivo es"
              + "|motivo:)\\s+(.+)$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME_PREFIX =
      Pattern.compile(
          "^(?:my name is|my full name is|i am|i'm|it's|name:|me llamo|mi nombre es"
              + "|mi nombre completo es|soy|nombre:)\\s+",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PROVIDER_TITLE =
      Pattern.compile("\\b(?:dr|dra|doctor|doctora)\\.?\\s+([\\p{L}'-]{2,40})");
  private static final List<String> MONTHS =
      List.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");
  private static final List<String> MESES =
      List.of(
          "enero",
          "febrero",
          "marzo",
          "abril",
          "mayo",
          "junio",
          "julio",
          "agosto",
          "septiembre",
          "octubre",
          "noviembre",
          "diciembre");

  private DialogueParsing() {}

  /** Returns the move or cancellation a message requests, when it also names a reference. */
  static Optional<ChangeRequest> change(String message) {
    String text = lower(message);
    Optional<String> reference = reference(text);
    if (reference.isEmpty()) {
      return Optional.empty();
    }
    if (CANCEL.matcher(text).find()) {
      return Optional.of(new ChangeRequest(Change.CANCEL, reference.get()));
    }
    if (RESCHEDULE.matcher(text).find()) {
      return Optional.of(new ChangeRequest(Change.RESCHEDULE, reference.get()));
    }
    return Optional.empty();
  }

  /**
   * Returns the reference a message names. After "appointment", "cita" or "reference" it is a word
   * with a reference's shape, or six to ten letters and digits including a digit. Elsewhere it is
   * an eight-character word that contains both letters and digits.
   */
  static Optional<String> reference(String message) {
    String text = lower(message);
    Matcher named = REFERENCE_WORD.matcher(text);
    while (named.find()) {
      String word = named.group(1);
      if (CROCKFORD.matcher(word).matches() || word.chars().anyMatch(Character::isDigit)) {
        return Optional.of(named.group(1).toUpperCase(Locale.ROOT));
      }
    }
    Matcher shaped = REFERENCE_SHAPE.matcher(text);
    while (shaped.find()) {
      String word = shaped.group(1);
      if (word.chars().anyMatch(Character::isDigit) && word.chars().anyMatch(Character::isLetter)) {
        return Optional.of(word.toUpperCase(Locale.ROOT));
      }
    }
    return Optional.empty();
  }

  /** Returns whether the message requests an end to the dialogue. */
  static boolean isStop(String message) {
    return STOP.matcher(lower(message).strip()).matches();
  }

  /** Returns whether the message asks for another one-time code. */
  static boolean asksForNewCode(String message) {
    return NEW_CODE.matcher(lower(message)).find();
  }

  /** Returns the six-digit code in a message, which may be written as "123 456". */
  static Optional<String> code(String message) {
    Matcher code = CODE.matcher(message);
    return code.find() ? Optional.of(code.group(1) + code.group(2)) : Optional.empty();
  }

  /** Returns the first email address in a message. */
  static Optional<String> email(String message) {
    Matcher email = EMAIL.matcher(message);
    return email.find() ? Optional.of(email.group()) : Optional.empty();
  }

  /**
   * Returns the position, from 1, of the offered slot a message picks by number ("2", "option 2",
   * "the second one", "la segunda"), or empty when the message is not such a pick.
   */
  static Optional<Integer> choice(String message) {
    String text = lower(message).strip();
    Matcher number = NUMBER_CHOICE.matcher(text);
    if (number.matches()) {
      return Optional.of(Integer.parseInt(number.group(1)));
    }
    Matcher ordinal = ORDINAL_CHOICE.matcher(text);
    return ordinal.matches() ? Optional.of(ORDINALS.get(ordinal.group(1))) : Optional.empty();
  }

  /**
   * Reads a date of birth: "1980-04-02", "April 2, 1980", "2 de abril de 1980", or a slash date,
   * which is month/day in English and day/month in Spanish.
   *
   * @return the date, or empty when the message contains no date in these forms
   * @throws InvalidAppointmentRequestException for a form that names no calendar date, such as
   *     "1980-02-30"
   */
  static Optional<LocalDate> dateOfBirth(String message, Language language) {
    String text = lower(message);
    Matcher iso = ISO_DATE.matcher(text);
    if (iso.find()) {
      return Optional.of(date(iso.group(1), iso.group(2), iso.group(3)));
    }
    Matcher slash = SLASH_DATE.matcher(text);
    if (slash.find()) {
      boolean dayFirst = language == Language.SPANISH;
      String month = dayFirst ? slash.group(2) : slash.group(1);
      String day = dayFirst ? slash.group(1) : slash.group(2);
      return Optional.of(date(slash.group(3), month, day));
    }
    Matcher english = ENGLISH_DATE.matcher(text);
    if (english.find() && month(english.group(1)) > 0) {
      return Optional.of(
          date(english.group(3), String.valueOf(month(english.group(1))), english.group(2)));
    }
    Matcher dayFirst = DAY_FIRST_DATE.matcher(text);
    if (dayFirst.find() && month(dayFirst.group(2)) > 0) {
      return Optional.of(
          date(dayFirst.group(3), String.valueOf(month(dayFirst.group(2))), dayFirst.group(1)));
    }
    return Optional.empty();
  }

  /** Returns the reason for the visit a first message gives after "because" or "porque". */
  static Optional<String> reason(String message) {
    Matcher reason = REASON.matcher(message.strip());
    return reason.find() ? Optional.of(reason.group(1).strip()) : Optional.empty();
  }

  /** Returns the name in a message, without "my name is" or "me llamo" and end punctuation. */
  static String name(String message) {
    return NAME_PREFIX.matcher(message.strip()).replaceFirst("").replaceAll("[.!]+$", "").strip();
  }

  /** Returns the word after "Dr." or "Dra." in a message, which should name a provider. */
  static Optional<String> providerTitleName(String message) {
    Matcher title = PROVIDER_TITLE.matcher(lower(message));
    return title.find() ? Optional.of(title.group(1)) : Optional.empty();
  }

  private static LocalDate date(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException e) {
      throw new InvalidAppointmentRequestException(
          "That is not a date on the calendar. Write the date of birth as YYYY-MM-DD.");
    }
  }

  /**
   * Returns the month, from 1, of an English or Spanish month name or its first three or more
   * letters ("apr", "sept", "dic"), or 0 for another word.
   */
  private static int month(String word) {
    String prefix = stripAccents(word);
    if (prefix.length() < 3) {
      return 0;
    }
    for (int i = 0; i < MONTHS.size(); i++) {
      if (MONTHS.get(i).startsWith(prefix) || MESES.get(i).startsWith(prefix)) {
        return i + 1;
      }
    }
    return 0;
  }

  private static String lower(String message) {
    return message.toLowerCase(Locale.ROOT);
  }

  private static String stripAccents(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }
}

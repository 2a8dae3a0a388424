package org.clinicchat.appointment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import org.clinicchat.safety.Language;

/**
 * Writes back to the patient, in English or Spanish, the day and time the assistant read from their
 * words, with the clinic's time zone named, so that a misreading shows before anything is booked.
 */
public final class TimeRequestText {

  private static final Map<Language, DateTimeFormatter> DAYS =
      Map.of(
          Language.ENGLISH,
              DateTimeFormatter.ofPattern("EEEE, MMMM d, uuuu", Language.ENGLISH.locale()),
          Language.SPANISH,
              DateTimeFormatter.ofPattern("EEEE d 'de' MMMM 'de' uuuu", Language.SPANISH.locale()));

  private TimeRequestText() {}

  /** Returns one sentence about the request, or an empty string when the message named no time. */
  public static String describe(TimeRequest request, Language language, ZoneId zone) {
    return switch (request) {
      case TimeRequest.Understood understood -> understood(understood, language, zone);
      case TimeRequest.Rejected rejected -> rejected(rejected, language);
      case TimeRequest.Unspecified unspecified -> "";
    };
  }

  private static String understood(TimeRequest.Understood request, Language language, ZoneId zone) {
    boolean spanish = language == Language.SPANISH;
    StringBuilder text = new StringBuilder(spanish ? "Usted pidió " : "You asked about ");
    if (request.firstDay() != null) {
      text.append(days(request.firstDay(), request.lastDay(), language));
    } else {
      text.append(spanish ? "cualquier día" : "any day");
    }
    if (request.time() != null) {
      String time =
          request
              .time()
              .format(
                  DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                      .withLocale(language.locale()));
      text.append(spanish ? " a las " : " at ").append(time);
    } else if (request.part() != DayPart.ANY) {
      text.append(", ").append(part(request.part(), language));
    }
    text.append(spanish ? " (hora de la clínica, " : " (clinic time, ").append(zone.getId());
    return text.append(").").toString();
  }

  private static String days(LocalDate first, LocalDate last, Language language) {
    String firstDay = DAYS.get(language).format(first);
    if (first.equals(last)) {
      return (language == Language.SPANISH ? "el " : "") + firstDay;
    }
    return (language == Language.SPANISH ? "la semana del " : "the week of ") + firstDay;
  }

  private static String part(DayPart part, Language language) {
    boolean spanish = language == Language.SPANISH;
    return switch (part) {
      case MORNING -> spanish ? "por la mañana" : "in the morning";
      case AFTERNOON -> spanish ? "por la tarde" : "in the afternoon";
      case EVENING -> spanish ? "por la noche" : "in the evening";
      case ANY -> "";
    };
  }

  private static String rejected(TimeRequest.Rejected request, Language language) {
    boolean spanish = language == Language.SPANISH;
    if (request.reason() == TimeRequest.Reason.IN_THE_PAST) {
      return spanish
          ? "La fecha «" + request.expression() + "» ya pasó. ¿Qué día prefiere?"
          : "The date \"" + request.expression() + "\" has passed. Which day would you like?";
    }
    return spanish
        ? "«" + request.expression() + "» no es una fecha del calendario. ¿Qué día quiere decir?"
        : "\"" + request.expression() + "\" is not a date on the calendar. Which day do you mean?";
  }
}

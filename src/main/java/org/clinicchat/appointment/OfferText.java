package org.clinicchat.appointment;

import java.time.ZoneId;
import java.util.List;
import org.clinicchat.safety.Language;

/** Writes an offer of slots to the patient, in English or Spanish, with the clinic's zone named. */
final class OfferText {

  private OfferText() {}

  static String write(
      ClinicSchedule schedule,
      ZoneId zone,
      Language language,
      SlotQuery query,
      List<Slot> slots,
      SlotFinder finder,
      String understood) {
    boolean spanish = language == Language.SPANISH;
    StringBuilder text = new StringBuilder(understood);
    String who =
        query.provider() == null
            ? (spanish ? "cualquier profesional" : "any provider")
            : query.provider().name();
    if (slots.isEmpty()) {
      separate(text)
          .append(
              spanish
                  ? "No hay horas libres para "
                      + query.type().name()
                      + " con "
                      + who
                      + " entonces. ¿Qué otro día le conviene?"
                  : "There are no open times for a "
                      + query.type().name()
                      + " with "
                      + who
                      + " then. Which other day suits you?");
      return text.toString();
    }
    if (query.time() != null && !finder.startsAt(slots.getFirst(), query.time())) {
      separate(text)
          .append(
              spanish
                  ? "No hay hora libre a esa hora; estas son las más cercanas."
                  : "That time is not open; these are the nearest.");
    }
    separate(text)
        .append(spanish ? "Horas libres para " : "Open times for a ")
        .append(query.type().name())
        .append(" (")
        .append(query.type().minutes())
        .append(" min):");
    return list(text, schedule, zone, language, slots).toString();
  }

  /** Appends the slots as numbered lines: start with its zone, provider and place. */
  static StringBuilder list(
      StringBuilder text,
      ClinicSchedule schedule,
      ZoneId zone,
      Language language,
      List<Slot> slots) {
    boolean spanish = language == Language.SPANISH;
    for (int i = 0; i < slots.size(); i++) {
      Slot slot = slots.get(i);
      Provider provider = schedule.provider(slot.providerId()).orElseThrow();
      String place = schedule.location(provider.locationId()).map(Location::name).orElse("");
      text.append('\n')
          .append(i + 1)
          .append(". ")
          .append(SlotText.start(slot.start(), zone, language))
          .append(spanish ? ", con " : ", with ")
          .append(provider.name())
          .append(spanish ? ", en " : ", at ")
          .append(place);
    }
    return text;
  }

  private static StringBuilder separate(StringBuilder text) {
    return text.isEmpty() ? text : text.append(' ');
  }
}

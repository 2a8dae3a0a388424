package org.clinicchat.appointment;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.clinicchat.safety.Language;

/**
 * Writes a slot's start for a person, in the clinic's zone, with the zone's abbreviation for that
 * instant (EST or EDT) and its IANA id, so that a time in the hour repeated in autumn is never
 * ambiguous.
 */
public final class SlotText {

  private static final Map<Language, DateTimeFormatter> FORMATS =
      Map.of(
          Language.ENGLISH,
          DateTimeFormatter.ofPattern("EEEE, MMMM d, uuuu, h:mm a zzz", Language.ENGLISH.locale()),
          Language.SPANISH,
          DateTimeFormatter.ofPattern(
              "EEEE d 'de' MMMM 'de' uuuu, HH:mm zzz", Language.SPANISH.locale()));

  private SlotText() {}

  /** Returns the start as "Tuesday, December 8, 2026, 2:00 PM EST (America/New_York)". */
  public static String start(Instant start, ZoneId zone, Language language) {
    return FORMATS.get(language).format(start.atZone(zone)) + " (" + zone.getId() + ")";
  }
}

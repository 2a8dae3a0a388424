package org.clinicchat.appointment;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes an appointment as an iCalendar object (RFC 5545) with one event, for calendar programs.
 * Times are in UTC, so no time zone definition is needed and every program shows them in its own
 * zone. The event's UID is the reference, so a moved or cancelled appointment replaces the event a
 * program already holds. The reason for the visit is never written.
 */
final class AppointmentCalendar {

  /** The iCalendar method of a confirmation or a move. */
  static final String PUBLISH = "PUBLISH";

  /** The iCalendar method of a cancellation. */
  static final String CANCEL = "CANCEL";

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final int MAX_LINE_OCTETS = 75;
  private static final String CRLF = "\r\n";

  private AppointmentCalendar() {}

  /**
   * Returns the iCalendar text.
   *
   * @param method {@link #PUBLISH} or {@link #CANCEL}
   * @param sequence the revision, higher for every change of the same appointment
   * @param stamp when the object was written
   */
  static String write(BookedAppointment appointment, String method, long sequence, Instant stamp) {
    boolean cancelled = CANCEL.equals(method);
    StringBuilder ics = new StringBuilder();
    line(ics, "BEGIN:VCALENDAR");
    line(ics, "VERSION:2.0");
    line(ics, "PRODID:-//ClinicChat//Appointments//EN");
    line(ics, "METHOD:" + method);
    line(ics, "BEGIN:VEVENT");
    line(ics, "UID:" + appointment.reference() + "@clinicchat");
    line(ics, "DTSTAMP:" + UTC.format(stamp));
    line(ics, "SEQUENCE:" + sequence);
    line(ics, "DTSTART:" + UTC.format(appointment.start()));
    line(ics, "DTEND:" + UTC.format(appointment.end()));
    line(ics, "SUMMARY:" + text(appointment.visitType() + " with " + appointment.provider()));
    line(ics, "LOCATION:" + text(appointment.location() + ", " + appointment.address()));
    line(ics, "STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED"));
    line(ics, "END:VEVENT");
    line(ics, "END:VCALENDAR");
    return ics.toString();
  }

  /** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
  static String text(String value) {
    return value
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n");
  }

  /**
   * Appends a content line, folded after 75 octets with CRLF and a space, never inside a character.
   */
  private static void line(StringBuilder ics, String content) {
    int octets = 0;
    for (int i = 0; i < content.length(); ) {
      int codePoint = content.codePointAt(i);
      int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > MAX_LINE_OCTETS) {
        ics.append(CRLF).append(' ');
        octets = 1;
      }
      ics.appendCodePoint(codePoint);
      octets += size;
      i += Character.charCount(codePoint);
    }
    ics.append(CRLF);
  }
}

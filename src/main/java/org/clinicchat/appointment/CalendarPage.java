package org.clinicchat.appointment;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Backs a staff calendar page: reads the request parameters {@code date} (ISO, default today in the
 * clinic's zone) and {@code span} ({@code day} or {@code week}, default {@code day}), and reads the
 * appointments of that range once per request, so each page view is one audited read.
 */
public abstract class CalendarPage {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE, MMMM d, uuuu", Locale.ENGLISH);

  @Inject FacesContext faces;

  @Inject StaffCalendar calendar;

  private CalendarRange range;
  private List<CalendarEntry> entries;

  /** Reads the appointments of the range through the role-specific service method. */
  protected abstract List<CalendarEntry> read(CalendarRange range);

  /** Returns the appointments of the requested range, read once per request. */
  public List<CalendarEntry> getEntries() {
    if (entries == null) {
      entries = read(getRange());
    }
    return entries;
  }

  /** Returns the requested range, or today's when the parameters are missing or invalid. */
  public CalendarRange getRange() {
    if (range == null) {
      Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
      CalendarSpan span =
          "week".equals(parameters.get("span")) ? CalendarSpan.WEEK : CalendarSpan.DAY;
      range = CalendarRange.containing(day(parameters.get("date")), span, calendar.zone());
    }
    return range;
  }

  /** Returns the range as a heading, such as "Week of Monday, March 9, 2026". */
  public String getHeading() {
    CalendarRange shown = getRange();
    String first = DAY.format(shown.first());
    return shown.span() == CalendarSpan.WEEK ? "Week of " + first : first;
  }

  /** Returns the span as its request parameter value. */
  public String getSpan() {
    return getRange().span().name().toLowerCase(Locale.ROOT);
  }

  private LocalDate day(String text) {
    if (text == null || text.isBlank()) {
      return LocalDate.now(calendar.zone());
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              "The date must be written as YYYY-MM-DD; showing today instead.",
              null));
      return LocalDate.now(calendar.zone());
    }
  }
}

package org.clinicchat.appointment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** Backs the staff calendar with the reasons for visits, for clinicians and administrators. */
@Named("clinicalCalendar")
@RequestScoped
public class ClinicalCalendarPage extends CalendarPage {

  @Override
  protected List<CalendarEntry> read(CalendarRange range) {
    return calendar.appointmentsWithReasons(range);
  }
}

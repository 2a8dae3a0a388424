package org.clinicchat.appointment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** Backs the staff calendar without the reasons for visits, for the front desk and clinicians. */
@Named("appointmentCalendar")
@RequestScoped
public class AppointmentCalendarPage extends CalendarPage {

  @Override
  protected List<CalendarEntry> read(CalendarRange range) {
    return calendar.appointments(range);
  }
}

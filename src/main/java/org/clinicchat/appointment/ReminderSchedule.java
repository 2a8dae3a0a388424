package org.clinicchat.appointment;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Sends the due appointment reminders every 15 minutes. Every server of a cluster runs it; each
 * reminder is claimed once, so it is sent once.
 */
@Singleton
public class ReminderSchedule {

  @Inject AppointmentReminders reminders;

  @Schedule(hour = "*", minute = "*/15", persistent = false)
  void everyQuarterHour() {
    reminders.sendDue(Instant.now());
  }
}

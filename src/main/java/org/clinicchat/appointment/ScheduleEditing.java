package org.clinicchat.appointment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.clinicchat.audit.AccessPurpose;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.Audited;
import org.clinicchat.audit.AuditedResult;
import org.clinicchat.security.Roles;

/**
 * Publishes an administrator's weekly hours and closures as a new schedule version, keeping the
 * locations, visit types and providers of the current one. Booked appointments stay as they are,
 * even when the new hours no longer cover them.
 */
@ApplicationScoped
@RolesAllowed(Roles.ADMIN)
public class ScheduleEditing {

  private static final Logger LOG = Logger.getLogger(ScheduleEditing.class.getName());

  @Inject ClinicSchedules schedules;

  /** Returns the current schedule, which the page edits. */
  public ClinicSchedule current() {
    return schedules.current();
  }

  /** Returns the number of the current schedule version. */
  public int currentVersion() {
    return schedules.currentVersion();
  }

  /**
   * Publishes new weekly hours and closures as the next version.
   *
   * @throws InvalidScheduleException if an entry names an unknown provider or is inconsistent
   */
  @Audited(
      value = AuditAction.APPOINTMENT_SCHEDULE_PUBLISHED,
      resourceType = "ScheduleVersion",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public PublishedSchedule publish(List<WeeklyHours> weeklyHours, List<Closure> closures) {
    ClinicSchedule current = schedules.current();
    ClinicSchedule next =
        new ClinicSchedule(
            current.slotMinutes(),
            current.locations(),
            current.visitTypes(),
            current.providers(),
            weeklyHours,
            closures);
    int number = schedules.storeNext(next);
    LOG.info(() -> "Published schedule version " + number);
    return new PublishedSchedule(number);
  }

  /** A published schedule version, by number. */
  public record PublishedSchedule(int number) implements AuditedResult {

    @Override
    public String auditedResourceId() {
      return String.valueOf(number);
    }
  }
}

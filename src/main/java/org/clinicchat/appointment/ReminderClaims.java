package org.clinicchat.appointment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;

/** Claims appointment reminders, each in a transaction of its own. */
@ApplicationScoped
public class ReminderClaims {

  @PersistenceContext EntityManager entityManager;

  /**
   * Claims the reminder of an appointment and returns whether this call claimed it. A claim by
   * another server at the same moment fails this call's commit on the primary key.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public boolean insert(String appointmentId, Instant now) {
    if (entityManager.find(AppointmentReminder.class, appointmentId) != null) {
      return false;
    }
    entityManager.persist(new AppointmentReminder(appointmentId, now));
    return true;
  }
}

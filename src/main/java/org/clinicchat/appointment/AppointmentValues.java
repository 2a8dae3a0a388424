package org.clinicchat.appointment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.clinicchat.crypto.DataKeyValues;
import org.clinicchat.crypto.FieldOpener;
import org.clinicchat.crypto.FieldSealer;

/** Re-encrypts a patient's appointment reasons when the patient's data key gets new material. */
@ApplicationScoped
public class AppointmentValues implements DataKeyValues {

  @PersistenceContext EntityManager entityManager;

  @Override
  public int reencrypt(String ownerId, FieldOpener previous, FieldSealer sealer) {
    var appointments =
        entityManager
            .createQuery(
                "SELECT a FROM Appointment a WHERE a.patientId = :owner", Appointment.class)
            .setParameter("owner", ownerId)
            .getResultList();
    appointments.forEach(appointment -> appointment.reseal(previous, sealer));
    return appointments.size();
  }
}

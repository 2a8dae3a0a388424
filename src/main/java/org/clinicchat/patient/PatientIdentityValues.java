package org.clinicchat.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.clinicchat.crypto.DataKeyValues;
import org.clinicchat.crypto.FieldOpener;
import org.clinicchat.crypto.FieldSealer;

/** Re-encrypts a patient's identity when its data key gets new material. */
@ApplicationScoped
public class PatientIdentityValues implements DataKeyValues {

  @PersistenceContext EntityManager entityManager;

  @Override
  public int reencrypt(String ownerId, FieldOpener previous, FieldSealer sealer) {
    PatientIdentity patient = entityManager.find(PatientIdentity.class, ownerId);
    return patient == null ? 0 : patient.reseal(previous, sealer);
  }
}

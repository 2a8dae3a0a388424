package org.clinicchat.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.clinicchat.audit.AccessPurpose;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.Audited;
import org.clinicchat.audit.AuditedResource;
import org.clinicchat.crypto.BlindIndex;
import org.clinicchat.crypto.DecryptionFailedException;
import org.clinicchat.crypto.FieldEncryption;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Registers patient identities, finds them by email or phone through their blind indexes, and
 * verifies a patient by name and date of birth, for example before an appointment is booked. Every
 * read of an identity is audited per patient, and so is every verification with its outcome.
 *
 * <p>Callers enforce who may use it, with the container's role checks on their pages or resources;
 * this service is not an entry point.
 */
@ApplicationScoped
public class PatientIdentities {

  static final String EMAIL_DOMAIN = "PatientIdentity.email";
  static final String PHONE_DOMAIN = "PatientIdentity.phone";
  private static final String RESOURCE_TYPE = PatientIdentityEvents.RESOURCE_TYPE;
  private static final Logger LOG = Logger.getLogger(PatientIdentities.class.getName());

  @PersistenceContext EntityManager entityManager;

  @Inject FieldEncryption fieldEncryption;

  @Inject BlindIndex blindIndex;

  @Inject PatientIdentityEvents events;

  @Inject
  @ConfigProperty(name = "clinicchat.patient.default-country-code", defaultValue = "1")
  String defaultCountryCode;

  private final Clock clock = Clock.systemUTC();

  /**
   * Encrypts and stores a patient's identity under a new data key of its own.
   *
   * @param email the email address as typed, or null
   * @param phone the phone number as typed, or null
   * @throws InvalidPatientIdentityException naming the field that is missing or malformed
   */
  @Transactional
  @Audited(
      value = AuditAction.PATIENT_IDENTITY_CREATED,
      resourceType = RESOURCE_TYPE,
      purpose = AccessPurpose.TREATMENT)
  public RegisteredPatient register(
      String name, LocalDate dateOfBirth, String email, String phone) {
    NewPatientIdentity identity =
        new NewPatientIdentity(
            PersonName.parse(name),
            dateOfBirth,
            email == null ? null : EmailAddress.parse(email),
            phone == null ? null : PhoneNumber.parse(phone, defaultCountryCode));
    PatientIdentity patient = new PatientIdentity(Instant.now(clock));
    patient.seal(
        identity,
        fieldEncryption.sealerFor(patient.getId()),
        identity.email() == null ? null : emailIndex(identity.email()),
        identity.phone() == null ? null : phoneIndex(identity.phone()));
    entityManager.persist(patient);
    LOG.info(() -> "Patient identity " + patient.getId() + " registered");
    return new RegisteredPatient(patient.getId());
  }

  /** Returns the patients registered with the email address, however it is capitalised. */
  @Transactional
  public List<PatientIdentityView> findByEmail(String email) {
    return openAll(candidates("emailIndex", emailIndex(EmailAddress.parse(email))));
  }

  /** Returns the patients registered with the phone number, however it is formatted. */
  @Transactional
  public List<PatientIdentityView> findByPhone(String phone) {
    return openAll(
        candidates("phoneIndex", phoneIndex(PhoneNumber.parse(phone, defaultCountryCode))));
  }

  /**
   * Returns a patient's identity.
   *
   * @throws PatientIdentityNotFoundException if there is no such patient
   * @throws org.clinicchat.crypto.DataKeyErasedException if the patient was erased
   */
  @Transactional
  @Audited(
      value = AuditAction.PATIENT_IDENTITY_LOOKED_UP,
      resourceType = RESOURCE_TYPE,
      purpose = AccessPurpose.TREATMENT)
  public PatientIdentityView find(@AuditedResource String patientId) {
    return open(existing(patientId));
  }

  /**
   * Verifies a patient: finds the patients with the email address (when the contact contains
   * {@code @}) or phone number, and returns the one whose name and date of birth match. An erased
   * or unreadable candidate never matches.
   *
   * @throws InvalidPatientIdentityException if the contact, name or date of birth is malformed
   */
  @Transactional
  public Optional<String> verify(String contact, String name, LocalDate dateOfBirth) {
    if (contact == null || dateOfBirth == null) {
      throw new InvalidPatientIdentityException(
          "Give an email address or phone number and a date of birth.");
    }
    PersonName claimedName = PersonName.parse(name);
    List<PatientIdentity> candidates =
        contact.contains("@")
            ? candidates("emailIndex", emailIndex(EmailAddress.parse(contact)))
            : candidates("phoneIndex", phoneIndex(PhoneNumber.parse(contact, defaultCountryCode)));
    for (PatientIdentity candidate : candidates) {
      Optional<PatientIdentityView> identity = tryOpen(candidate);
      if (identity.isPresent()
          && identity.get().name().matches(claimedName)
          && identity.get().dateOfBirth().equals(dateOfBirth)) {
        events.verified(candidate.getId());
        return Optional.of(candidate.getId());
      }
    }
    events.notVerified();
    return Optional.empty();
  }

  /**
   * Erases a patient's identity by crypto-shredding: destroys its data key and clears its blind
   * indexes, so it can neither be read nor found again. The row stays, with its times.
   *
   * @throws PatientIdentityNotFoundException if there is no such patient
   */
  @Transactional
  @Audited(
      value = AuditAction.PATIENT_IDENTITY_ERASED,
      resourceType = RESOURCE_TYPE,
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public void erase(@AuditedResource String patientId) {
    PatientIdentity patient = existing(patientId);
    fieldEncryption.erase(patientId);
    patient.erase(Instant.now(clock));
    LOG.info(() -> "Patient identity " + patientId + " erased");
  }

  private String emailIndex(EmailAddress email) {
    return blindIndex.index(EMAIL_DOMAIN, email.normalised());
  }

  private String phoneIndex(PhoneNumber phone) {
    return blindIndex.index(PHONE_DOMAIN, phone.e164());
  }

  private List<PatientIdentity> candidates(String indexAttribute, String index) {
    return entityManager
        .createQuery(
            "SELECT p FROM PatientIdentity p WHERE p." + indexAttribute + " = :index ORDER BY p.id",
            PatientIdentity.class)
        .setParameter("index", index)
        .getResultList();
  }

  private List<PatientIdentityView> openAll(List<PatientIdentity> candidates) {
    List<PatientIdentityView> found = new ArrayList<>();
    for (PatientIdentity candidate : candidates) {
      tryOpen(candidate).ifPresent(found::add);
      events.lookedUp(candidate.getId());
    }
    return found;
  }

  private Optional<PatientIdentityView> tryOpen(PatientIdentity candidate) {
    try {
      return Optional.of(open(candidate));
    } catch (DecryptionFailedException e) {
      LOG.warning(() -> "Patient identity " + candidate.getId() + " cannot be decrypted");
      events.decryptionFailed(candidate.getId());
      return Optional.empty();
    }
  }

  private PatientIdentityView open(PatientIdentity patient) {
    return patient.open(fieldEncryption.openerFor(patient.getId()));
  }

  private PatientIdentity existing(String patientId) {
    PatientIdentity patient =
        patientId == null ? null : entityManager.find(PatientIdentity.class, patientId);
    if (patient == null) {
      throw new PatientIdentityNotFoundException();
    }
    return patient;
  }
}

package org.clinicchat.appointment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.clinicchat.audit.AccessPurpose;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.Audited;
import org.clinicchat.audit.AuditedResource;
import org.clinicchat.consent.ConsentRequired;
import org.clinicchat.crypto.BlindIndex;
import org.clinicchat.mail.MailDeliveryException;
import org.clinicchat.mail.Mailer;
import org.clinicchat.patient.EmailAddress;
import org.clinicchat.patient.InvalidPatientIdentityException;
import org.clinicchat.patient.PatientIdentities;
import org.clinicchat.patient.PersonName;
import org.clinicchat.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies a visitor's identity before any appointment is stored or shown: the visitor gives name,
 * date of birth and email address, gets a six-digit code by email, and confirms it with the same
 * details. Only then is the patient found by {@link PatientIdentities#verify}, or registered when
 * no identity with that email, name and date of birth exists, so the response to the first step is
 * the same for known and unknown patients.
 *
 * <p>Codes expire after {@link #CODE_LIFETIME}, allow {@link #MAX_ATTEMPTS} wrong entries, and are
 * limited to {@link #MAX_CODES_PER_EMAIL} per email address and {@link #MAX_CODES_PER_VISITOR} per
 * visitor within an hour. They are stored only as HMAC-SHA256 under the blind-index key, bound to
 * the check's id. {@link PatientIdentities} checks no role itself; this service admits patients
 * only, with their consent.
 */
@ApplicationScoped
@RolesAllowed(Roles.PATIENT)
public class IdentityChecks {

  /** The subject of the email that carries the code, in English and Spanish. */
  public static final String SUBJECT = "Your clinic verification code / Su código de verificación";

  static final Duration CODE_LIFETIME = Duration.ofMinutes(10);
  static final Duration CONFIRMED_LIFETIME = Duration.ofMinutes(30);
  static final Duration RATE_WINDOW = Duration.ofHours(1);
  static final int MAX_ATTEMPTS = 5;
  static final int MAX_CODES_PER_EMAIL = 3;
  static final int MAX_CODES_PER_VISITOR = 5;
  static final String CODE_DOMAIN = "IdentityCheck.code";
  static final String DETAILS_DOMAIN = "IdentityCheck.details";
  static final String EMAIL_DOMAIN = "IdentityCheck.email";
  private static final int CODE_BOUND = 1_000_000;
  private static final String RESOURCE_TYPE = "IdentityCheck";
  private static final Logger LOG = Logger.getLogger(IdentityChecks.class.getName());

  @PersistenceContext EntityManager entityManager;

  @Inject JsonWebToken token;

  @Inject BlindIndex blindIndex;

  @Inject Mailer mailer;

  @Inject PatientIdentities patientIdentities;

  private final Clock clock = Clock.systemUTC();
  private final SecureRandom random = new SecureRandom();

  /**
   * Emails a one-time code to the address and starts a check that expects it with the same details.
   *
   * @throws InvalidAppointmentRequestException if a detail is missing or malformed
   * @throws TooManyCodesException past the hourly limits
   * @throws CodeNotSentException if the email could not be sent
   */
  @Transactional
  @Audited(
      value = AuditAction.APPOINTMENT_IDENTITY_CHECK_STARTED,
      resourceType = RESOURCE_TYPE,
      purpose = AccessPurpose.PATIENT_REQUEST)
  @ConsentRequired
  public StartedCheck start(String name, LocalDate dateOfBirth, String email) {
    ClaimedIdentity claimed = ClaimedIdentity.of(name, dateOfBirth, email);
    Instant now = Instant.now(clock);
    String emailIndex = blindIndex.index(EMAIL_DOMAIN, claimed.email().normalised());
    requireWithinLimits(emailIndex, now);

    IdentityCheck check =
        new IdentityCheck(token.getSubject(), emailIndex, now, now.plus(CODE_LIFETIME));
    String code = String.format(Locale.ROOT, "%06d", random.nextInt(CODE_BOUND));
    check.expect(detailsDigest(check.getId(), claimed), codeDigest(check.getId(), code));
    entityManager.persist(check);
    send(claimed.email(), code);
    LOG.info(() -> "Identity check " + check.getId() + " started");
    return new StartedCheck(check.getId(), check.getExpiresAt());
  }

  /**
   * Confirms a check with its code and the same details, and binds it to the patient's identity,
   * which it registers when there is none. A wrong code or detail counts as a failed attempt.
   *
   * @throws AppointmentNotFoundException if there is no such check of this visitor's
   * @throws InvalidAppointmentRequestException if the code or a detail is wrong, the code expired,
   *     or the attempts are used up
   */
  @Transactional(dontRollbackOn = WrongCodeException.class)
  @Audited(
      value = AuditAction.APPOINTMENT_IDENTITY_CONFIRMED,
      resourceType = RESOURCE_TYPE,
      purpose = AccessPurpose.PATIENT_REQUEST)
  @ConsentRequired
  public ConfirmedCheck confirm(
      @AuditedResource String checkId,
      String name,
      LocalDate dateOfBirth,
      String email,
      String code) {
    ClaimedIdentity claimed = ClaimedIdentity.of(name, dateOfBirth, email);
    IdentityCheck check = ownCheck(checkId, LockModeType.PESSIMISTIC_WRITE);
    Instant now = Instant.now(clock);
    if (check.isConfirmed()) {
      throw new InvalidAppointmentRequestException(
          "This code was already used. Ask for a new one.");
    }
    if (!now.isBefore(check.getExpiresAt()) || check.getFailedAttempts() >= MAX_ATTEMPTS) {
      throw new InvalidAppointmentRequestException("This code has expired. Ask for a new one.");
    }
    boolean codeMatches =
        equal(check.getCodeDigest(), codeDigest(check.getId(), code == null ? "" : code.strip()));
    boolean detailsMatch = equal(check.getDetailsDigest(), detailsDigest(check.getId(), claimed));
    if (!codeMatches || !detailsMatch) {
      check.recordFailure();
      int left = MAX_ATTEMPTS - check.getFailedAttempts();
      throw new WrongCodeException(
          "The code or the details do not match what was sent. Attempts left: " + left + ".");
    }

    String patientId =
        patientIdentities
            .verify(claimed.email().normalised(), claimed.name().text(), claimed.dateOfBirth())
            .orElseGet(() -> register(claimed));
    check.confirm(patientId, now.plus(CONFIRMED_LIFETIME));
    LOG.info(() -> "Identity check " + check.getId() + " confirmed");
    return new ConfirmedCheck(check.getId(), check.getExpiresAt());
  }

  /**
   * Returns the patient identity id of a confirmed, unexpired check of the calling visitor.
   *
   * @throws IdentityNotVerifiedException otherwise
   */
  @Transactional
  public String verifiedPatient(String checkId) {
    IdentityCheck check = checkId == null ? null : entityManager.find(IdentityCheck.class, checkId);
    boolean valid =
        check != null
            && check.getVisitor().equals(token.getSubject())
            && check.isConfirmed()
            && Instant.now(clock).isBefore(check.getExpiresAt());
    if (!valid) {
      throw new IdentityNotVerifiedException(
          "Confirm your identity first: ask for a code, then enter it with your name and date of"
              + " birth.");
    }
    return check.getPatientId();
  }

  private String register(ClaimedIdentity claimed) {
    return patientIdentities
        .register(claimed.name().text(), claimed.dateOfBirth(), claimed.email().normalised(), null)
        .patientId();
  }

  private void requireWithinLimits(String emailIndex, Instant now) {
    Instant since = now.minus(RATE_WINDOW);
    long forEmail = count("c.emailIndex = :key", emailIndex, since);
    long forVisitor = count("c.visitor = :key", token.getSubject(), since);
    if (forEmail >= MAX_CODES_PER_EMAIL || forVisitor >= MAX_CODES_PER_VISITOR) {
      throw new TooManyCodesException(
          "Too many codes were requested. Wait an hour, or call the front desk.");
    }
  }

  private long count(String condition, String key, Instant since) {
    return entityManager
        .createQuery(
            "SELECT COUNT(c) FROM IdentityCheck c WHERE " + condition + " AND c.createdAt > :since",
            Long.class)
        .setParameter("key", key)
        .setParameter("since", since)
        .getSingleResult();
  }

  private IdentityCheck ownCheck(String checkId, LockModeType lock) {
    IdentityCheck check =
        checkId == null || checkId.length() > 36
            ? null
            : entityManager.find(IdentityCheck.class, checkId, lock);
    if (check == null || !check.getVisitor().equals(token.getSubject())) {
      throw new AppointmentNotFoundException("No identity check with this id was started here.");
    }
    return check;
  }

  private void send(EmailAddress email, String code) {
    if (!mailer.isEnabled()) {
      throw new CodeNotSentException("Codes cannot be emailed now. Call the front desk.");
    }
    String text =
        "Your code to confirm who you are, for appointments or a copy of your records, is "
            + code
            + ". It works once, for "
            + CODE_LIFETIME.toMinutes()
            + " minutes.\n\nIf you did not ask for a code, ignore this message.\n\n"
            + "Su código para confirmar quién es usted, para citas o una copia de sus registros, es "
            + code
            + ". Sirve una vez, durante "
            + CODE_LIFETIME.toMinutes()
            + " minutos.";
    try {
      mailer.send(List.of(email.normalised()), SUBJECT, text);
    } catch (MailDeliveryException e) {
      LOG.warning(() -> "Sending an identity check code failed: " + e.getMessage());
      throw new CodeNotSentException("The code could not be emailed. Try again later.");
    }
  }

  private String detailsDigest(String checkId, ClaimedIdentity claimed) {
    String details =
        checkId
            + "\n"
            + claimed.name().text().toLowerCase(Locale.ROOT)
            + "\n"
            + claimed.dateOfBirth()
            + "\n"
            + claimed.email().normalised();
    return blindIndex.index(DETAILS_DOMAIN, details);
  }

  private String codeDigest(String checkId, String code) {
    return blindIndex.index(CODE_DOMAIN, checkId + "\n" + code);
  }

  private static boolean equal(String expected, String actual) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
  }

  /** The details a visitor claims, normalised; malformed details are a bad request. */
  record ClaimedIdentity(PersonName name, LocalDate dateOfBirth, EmailAddress email) {

    static ClaimedIdentity of(String name, LocalDate dateOfBirth, String email) {
      try {
        if (dateOfBirth == null) {
          throw new InvalidAppointmentRequestException("The date of birth is missing.");
        }
        if (dateOfBirth.isAfter(LocalDate.now()) || dateOfBirth.getYear() < 1900) {
          throw new InvalidAppointmentRequestException(
              "The date of birth is not a plausible date.");
        }
        if (email == null) {
          throw new InvalidAppointmentRequestException("The email address is missing.");
        }
        return new ClaimedIdentity(PersonName.parse(name), dateOfBirth, EmailAddress.parse(email));
      } catch (InvalidPatientIdentityException e) {
        throw new InvalidAppointmentRequestException(e.getMessage());
      }
    }
  }
}

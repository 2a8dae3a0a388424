package org.clinicchat.breach;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.clinicchat.audit.AccessPurpose;
import org.clinicchat.audit.AuditAction;
import org.clinicchat.audit.Audited;
import org.clinicchat.audit.AuditedResource;
import org.clinicchat.crypto.FieldEncryption;
import org.clinicchat.crypto.FieldOpener;
import org.clinicchat.crypto.FieldSealer;
import org.clinicchat.safety.Language;
import org.clinicchat.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The breach incident register, for the privacy officer only: records incidents, their risk
 * assessment, affected patients and counts, the notice text and the date notices went out, and
 * writes the notice letters. Every call that reads or changes an incident is audited under its id.
 * Dates are days in the clinic's time zone ({@code clinicchat.clinic.time-zone}).
 */
@Stateless
@RolesAllowed(Roles.PRIVACY_OFFICER)
public class BreachRegister {

  private static final Logger LOG = Logger.getLogger(BreachRegister.class.getName());

  static final int MAX_DESCRIPTION_LENGTH = 4000;
  static final int MAX_SYSTEMS_LENGTH = 1000;
  static final int MAX_NOTICE_TEXT_LENGTH = 4000;

  /** A conversation id or visitor pseudonym, the shape the audit trail stores. */
  private static final Pattern PATIENT_REFERENCE = Pattern.compile("[A-Za-z0-9._-]{1,100}");

  /** A two-letter state or territory code, such as {@code NY} or {@code PR}. */
  private static final Pattern STATE = Pattern.compile("[A-Z]{2}");

  private static final String DESCRIPTION = "description";
  private static final String SYSTEMS = "systemsInvolved";
  private static final String WHAT_HAPPENED = "noticeWhatHappened";
  private static final String STEPS = "noticeIndividualSteps";
  private static final String RESPONSE = "noticeClinicResponse";

  @PersistenceContext EntityManager entityManager;

  @Inject FieldEncryption fieldEncryption;

  @Inject SecurityContext securityContext;

  @Inject ClinicContactSettings contactSettings;

  @Inject
  @ConfigProperty(name = "clinicchat.clinic.time-zone", defaultValue = "America/New_York")
  String timeZone;

  private final Clock clock = Clock.systemUTC();

  /**
   * Records a suspected incident.
   *
   * @throws InvalidIncidentException if a field is missing or too long, or a date is impossible
   */
  @Audited(
      value = AuditAction.BREACH_INCIDENT_RECORDED,
      resourceType = "BreachIncident",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public RecordedIncident record(NewIncident incident) {
    LocalDate discovered = incident.discoveredOn();
    if (discovered == null) {
      throw new InvalidIncidentException("Discovered on: enter the date of discovery.");
    }
    if (discovered.isAfter(today())) {
      throw new InvalidIncidentException("Discovered on: the date cannot be in the future.");
    }
    if (incident.breachOn() != null && incident.breachOn().isAfter(discovered)) {
      throw new InvalidIncidentException(
          "Date of the breach: it cannot be after the date of discovery.");
    }
    String description = requireText(incident.description(), "Description", MAX_DESCRIPTION_LENGTH);
    String systems =
        requireText(incident.systemsInvolved(), "Systems involved", MAX_SYSTEMS_LENGTH);

    String id = UUID.randomUUID().toString();
    BreachIncident created =
        new BreachIncident(
            id, incident.drill(), discovered, incident.breachOn(), caller(), Instant.now(clock));
    FieldSealer sealer = fieldEncryption.sealerFor(id);
    created.describe(
        sealer.seal(description, BreachIncident.location(id, DESCRIPTION)),
        sealer.seal(systems, BreachIncident.location(id, SYSTEMS)));
    entityManager.persist(created);
    LOG.info(() -> "Breach incident " + id + " recorded" + (incident.drill() ? " as a drill" : ""));
    return new RecordedIncident(id);
  }

  /** Returns every incident, the most recently discovered first, without its free text. */
  public List<IncidentSummary> list() {
    return entityManager
        .createQuery(
            "SELECT i FROM BreachIncident i ORDER BY i.discoveredOn DESC, i.recordedAt DESC",
            BreachIncident.class)
        .getResultList()
        .stream()
        .map(BreachRegister::summary)
        .toList();
  }

  /**
   * Returns an incident with its free text decrypted.
   *
   * @throws InvalidIncidentException if no incident has the id
   */
  @Audited(
      value = AuditAction.BREACH_INCIDENT_READ,
      resourceType = "BreachIncident",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public IncidentView find(@AuditedResource String id) {
    return view(incident(id));
  }

  /**
   * Stores a four-factor risk assessment with its outcome, decided by the caller now, in place of
   * an earlier one.
   */
  @Audited(
      value = AuditAction.BREACH_RISK_ASSESSED,
      resourceType = "BreachIncident",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public void assess(@AuditedResource String id, RiskAssessment assessment) {
    BreachIncident incident = incident(id);
    FieldSealer sealer = fieldEncryption.sealerFor(id);
    Map<RiskFactor, RiskFinding> findings = new EnumMap<>(RiskFactor.class);
    assessment
        .factors()
        .forEach(
            (factor, given) ->
                findings.put(
                    factor,
                    new RiskFinding(
                        given.rating(),
                        sealer.seal(given.note(), BreachIncident.location(id, noteOf(factor))))));
    incident.assess(findings, assessment.outcome(), caller(), Instant.now(clock));
    LOG.info(() -> "Breach incident " + id + " assessed: " + assessment.outcome());
  }

  /**
   * Adds patients, by conversation id or visitor pseudonym, to those an incident affected.
   *
   * @throws InvalidIncidentException for a drill, or a reference that is not id-shaped
   */
  @Audited(
      value = AuditAction.BREACH_PATIENTS_ATTACHED,
      resourceType = "BreachIncident",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public void attachAffected(@AuditedResource String id, Set<String> patientReferences) {
    BreachIncident incident = incident(id);
    if (incident.isDrill()) {
      throw new InvalidIncidentException(
          "A drill names no real patients: enter made-up counts per state instead.");
    }
    for (String reference : patientReferences) {
      if (reference == null || !PATIENT_REFERENCE.matcher(reference).matches()) {
        throw new InvalidIncidentException(
            "Affected patients: use conversation ids or visitor pseudonyms only.");
      }
    }
    incident.attach(patientReferences);
  }

  /**
   * Replaces the counts of affected residents per state. The product stores no state for a patient,
   * so the privacy officer enters them.
   *
   * @throws InvalidIncidentException for a code that is not two capital letters or a negative count
   */
  @Audited(
      value = AuditAction.BREACH_STATE_COUNTS_RECORDED,
      resourceType = "BreachIncident",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public void recordStateCounts(@AuditedResource String id, Map<String, Integer> counts) {
    BreachIncident incident = incident(id);
    // TODO: patients have no state of residence in ClinicChat, so these counts are entered by hand
    // and cannot be checked against the attached patients.
    counts.forEach(
        (state, count) -> {
          if (state == null || !STATE.matcher(state).matches()) {
            throw new InvalidIncidentException(
                "State: use the two-letter code, such as NY, not " + state + ".");
          }
          if (count == null || count < 0) {
            throw new InvalidIncidentException(
                "Affected count for " + state + ": enter 0 or more.");
          }
        });
    incident.countByState(counts);
  }

  /** Stores the incident's text for the notice letter, in place of an earlier text. */
  @Audited(
      value = AuditAction.BREACH_NOTICE_WRITTEN,
      resourceType = "BreachIncident",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public void writeNotice(@AuditedResource String id, NoticeContent content) {
    BreachIncident incident = incident(id);
    String whatHappened =
        requireText(content.whatHappened(), "What happened", MAX_NOTICE_TEXT_LENGTH);
    if (content.phiKinds().isEmpty()) {
      throw new InvalidIncidentException("Kinds of PHI involved: choose at least one.");
    }
    String steps =
        requireText(
            content.individualSteps(), "Steps individuals should take", MAX_NOTICE_TEXT_LENGTH);
    String response =
        requireText(content.clinicResponse(), "What the clinic is doing", MAX_NOTICE_TEXT_LENGTH);
    FieldSealer sealer = fieldEncryption.sealerFor(id);
    incident.writeNotice(
        sealer.seal(whatHappened, BreachIncident.location(id, WHAT_HAPPENED)),
        content.phiKinds(),
        sealer.seal(steps, BreachIncident.location(id, STEPS)),
        sealer.seal(response, BreachIncident.location(id, RESPONSE)));
  }

  /**
   * Writes the notice letter of an incident assessed as a breach.
   *
   * @throws InvalidIncidentException if the incident is not a breach, its notice text is missing,
   *     or the clinic's contact details are not configured
   */
  @Audited(
      value = AuditAction.BREACH_NOTICE_LETTER_PRODUCED,
      resourceType = "BreachIncident",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public String letter(@AuditedResource String id, Language language) {
    IncidentView incident = view(incident(id));
    if (incident.outcome() != AssessmentOutcome.BREACH) {
      throw new InvalidIncidentException(
          "Notice letter: only an incident assessed as a breach needs one.");
    }
    if (!incident.notice().isComplete()) {
      throw new InvalidIncidentException(
          "Notice letter: write what happened, the kinds of PHI, the steps and the clinic's"
              + " response first.");
    }
    return NoticeLetter.write(incident.letterFacts(), contactSettings.contact(), language);
  }

  /**
   * Records the day the individual notices went out.
   *
   * @throws InvalidIncidentException if the incident is not a breach or the date is impossible
   */
  @Audited(
      value = AuditAction.BREACH_INDIVIDUALS_NOTIFIED,
      resourceType = "BreachIncident",
      purpose = AccessPurpose.HEALTHCARE_OPERATIONS)
  public void markIndividualsNotified(@AuditedResource String id, LocalDate sentOn) {
    BreachIncident incident = incident(id);
    if (incident.getOutcome() != AssessmentOutcome.BREACH) {
      throw new InvalidIncidentException(
          "Notices sent: only an incident assessed as a breach has notices.");
    }
    if (sentOn == null || sentOn.isAfter(today())) {
      throw new InvalidIncidentException(
          "Notices sent on: enter a date that is not in the future.");
    }
    if (sentOn.isBefore(incident.getDiscoveredOn())) {
      throw new InvalidIncidentException(
          "Notices sent on: the date cannot be before the date of discovery.");
    }
    incident.individualsNotified(sentOn);
    LOG.info(() -> "Breach incident " + id + ": individual notices recorded as sent");
  }

  /** Returns today's date in the clinic's time zone, from which deadlines are counted. */
  public LocalDate today() {
    return new ClinicCalendar(clock, zone()).today();
  }

  /** Returns the clinic's time zone. */
  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  private BreachIncident incident(String id) {
    if (id == null || id.isBlank()) {
      throw new InvalidIncidentException(
          "No incident id given: open an incident from the register.");
    }
    BreachIncident incident = entityManager.find(BreachIncident.class, id.strip());
    if (incident == null) {
      throw new InvalidIncidentException("No incident has the id " + id + ".");
    }
    return incident;
  }

  private IncidentView view(BreachIncident incident) {
    String id = incident.getId();
    FieldOpener opener = fieldEncryption.openerFor(id);
    Map<RiskFactor, FactorAssessment> factors = new EnumMap<>(RiskFactor.class);
    incident
        .getRiskFindings()
        .forEach(
            (factor, finding) ->
                factors.put(
                    factor,
                    new FactorAssessment(
                        finding.getRating(),
                        opener.open(
                            finding.getEncryptedNote(),
                            BreachIncident.location(id, noteOf(factor))))));
    NoticeContent notice =
        new NoticeContent(
            open(opener, incident.getNoticeWhatHappened(), id, WHAT_HAPPENED),
            incident.getNoticePhiKinds(),
            open(opener, incident.getNoticeIndividualSteps(), id, STEPS),
            open(opener, incident.getNoticeClinicResponse(), id, RESPONSE));
    return new IncidentView(
        id,
        incident.isDrill(),
        incident.getStatus(),
        incident.getDiscoveredOn(),
        incident.getBreachOn(),
        opener.open(incident.getDescription(), BreachIncident.location(id, DESCRIPTION)),
        opener.open(incident.getSystemsInvolved(), BreachIncident.location(id, SYSTEMS)),
        incident.getRecordedBy(),
        incident.getRecordedAt(),
        factors,
        incident.getOutcome(),
        incident.getDecidedBy(),
        incident.getDecidedAt(),
        incident.getAffectedPatients().stream().sorted(Comparator.naturalOrder()).toList(),
        incident.getAffectedByState(),
        notice,
        incident.getIndividualsNotifiedOn());
  }

  private static String open(FieldOpener opener, String ciphertext, String id, String attribute) {
    return ciphertext == null
        ? null
        : opener.open(ciphertext, BreachIncident.location(id, attribute));
  }

  private static String noteOf(RiskFactor factor) {
    return "riskNote." + factor.name();
  }

  private static IncidentSummary summary(BreachIncident incident) {
    return new IncidentSummary(
        incident.getId(),
        incident.isDrill(),
        incident.getStatus(),
        incident.getDiscoveredOn(),
        NotificationDeadlines.of(
            incident.getDiscoveredOn(),
            incident.getAffectedPatients().size(),
            incident.getAffectedByState(),
            incident.getIndividualsNotifiedOn()));
  }

  private String caller() {
    return securityContext.getCallerPrincipal().getName();
  }

  private static String requireText(String value, String label, int maxLength) {
    String text = value == null ? "" : value.strip();
    if (text.isEmpty()) {
      throw new InvalidIncidentException(label + ": this field is required.");
    }
    if (text.length() > maxLength) {
      throw new InvalidIncidentException(label + ": use at most " + maxLength + " characters.");
    }
    return text;
  }
}
